using System.Text;

namespace MiniGo.Syntax;

/// <summary>
/// The text of one .go file, and the bookkeeping needed to turn ANTLR's code-point offsets
/// into Go's positions (UTF-8 byte columns).
/// </summary>
public sealed class SourceFile
{
    /// <summary>The name printed in messages, e.g. <c>./f.go</c>.</summary>
    public string Name { get; }

    /// <summary>The file's text as Unicode code points (what the ANTLR lexer sees).</summary>
    public string Text { get; }

    // byteOffsetOfCodePoint[i] = UTF-8 byte offset of the i-th code point (one extra entry at the end).
    private readonly int[] _byteOffsetOfCodePoint;
    // lineStartByte[l] = byte offset of the first byte of line l+1.
    private readonly List<int> _lineStartByte = new() { 0 };
    private readonly List<int> _bomIndices = new();
    private readonly List<Diagnostic> _byteErrors = new();

    /// <summary>Code-point indices of byte order marks after the start of the file: Go
    /// reports each one, wherever it is (in a comment or string too).</summary>
    public IReadOnlyList<int> BomIndices => _bomIndices;

    /// <summary>The bytes Go's source reader refuses and skips (cmd/compile/internal/syntax,
    /// source.nextch): a NUL ("invalid NUL character") and each byte that starts no valid
    /// UTF-8 encoding ("invalid UTF-8 encoding"; overlong forms and surrogates too), wherever
    /// they are. They are not in <see cref="Text"/>, but the positions after them count them.</summary>
    public IReadOnlyList<Diagnostic> ByteErrors => _byteErrors;

    // utf16IndexOfCodePoint[i] = index in Text of the i-th code point.
    private readonly int[] _utf16IndexOfCodePoint;

    /// <summary>A file from text (tests): its UTF-8 encoding.</summary>
    public SourceFile(string name, string text) : this(name, new UTF8Encoding(false, false).GetBytes(text)) { }

    private SourceFile(string name, byte[] bytes)
    {
        Name = name;
        var text = new StringBuilder(bytes.Length);
        var offsets = new List<int>(bytes.Length + 1);
        var utf16 = new List<int>(bytes.Length);
        int b = 0;
        // Go skips a byte order mark at the start of a file (its bytes still count as columns).
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) b = 3;
        while (b < bytes.Length)
        {
            int n = DecodeLength(bytes, b);
            if (n == 0 || bytes[b] == 0)
            {
                _byteErrors.Add(new Diagnostic(BytePos(b), bytes[b] == 0 ? "invalid NUL character" : "invalid UTF-8 encoding"));
                b++;
                continue;
            }
            int cp = Rune.DecodeFromUtf8(bytes.AsSpan(b, n), out var rune, out _) == System.Buffers.OperationStatus.Done ? rune.Value : 0xFFFD;
            utf16.Add(text.Length);
            if (cp == 0xFEFF) _bomIndices.Add(offsets.Count);
            offsets.Add(b);
            text.Append(char.ConvertFromUtf32(cp));
            b += n;
            if (cp == '\n') _lineStartByte.Add(b);
        }
        offsets.Add(b);
        Text = text.ToString();
        _byteOffsetOfCodePoint = offsets.ToArray();
        _utf16IndexOfCodePoint = utf16.ToArray();
    }

    public static SourceFile FromBytes(string name, byte[] bytes) => new(name, bytes);

    /// <summary>The length of the valid UTF-8 encoding at <paramref name="i"/> (Go's
    /// utf8.DecodeRune: no overlong forms, no surrogates, nothing above U+10FFFF), or 0 when
    /// the byte there starts none; each byte of an invalid sequence is then invalid on its own.</summary>
    public static int DecodeLength(byte[] s, int i)
    {
        byte b0 = s[i];
        if (b0 < 0x80) return 1;
        int n; byte lo = 0x80, hi = 0xBF;
        if (b0 is >= 0xC2 and <= 0xDF) n = 2;
        else if (b0 is >= 0xE0 and <= 0xEF) { n = 3; if (b0 == 0xE0) lo = 0xA0; else if (b0 == 0xED) hi = 0x9F; }
        else if (b0 is >= 0xF0 and <= 0xF4) { n = 4; if (b0 == 0xF0) lo = 0x90; else if (b0 == 0xF4) hi = 0x8F; }
        else return 0;
        if (i + n > s.Length) return 0;
        if (s[i + 1] < lo || s[i + 1] > hi) return 0;
        for (int k = 2; k < n; k++)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF) return 0;
        return n;
    }

    /// <summary>The position of byte <paramref name="b"/> while the line table is being built.</summary>
    private Pos BytePos(int b) => new(Name, _lineStartByte.Count, b - _lineStartByte[^1] + 1);

    /// <summary>Position of the code point at <paramref name="codePointIndex"/>.</summary>
    public Pos PosAt(int codePointIndex)
    {
        if (codePointIndex < 0) codePointIndex = 0;
        if (codePointIndex >= _byteOffsetOfCodePoint.Length) codePointIndex = _byteOffsetOfCodePoint.Length - 1;
        int b = _byteOffsetOfCodePoint[codePointIndex];
        int line = UpperBound(_lineStartByte, b);
        return new Pos(Name, line, b - _lineStartByte[line - 1] + 1);
    }

    /// <summary>Position <paramref name="byteDelta"/> bytes after <paramref name="p"/> on the same line.</summary>
    public static Pos Advance(Pos p, int byteDelta) => p with { Col = p.Col + byteDelta };

    /// <summary>The code point at <paramref name="codePointIndex"/>, or -1 past the end.</summary>
    public int CodePointAt(int codePointIndex)
    {
        if (codePointIndex < 0 || codePointIndex >= CodePointCount) return -1;
        return CodePointAt(Text, _utf16IndexOfCodePoint[codePointIndex]);
    }

    /// <summary>The code point starting at UTF-16 index <paramref name="i"/> of <paramref name="s"/>; a lone surrogate is returned as is.</summary>
    public static int CodePointAt(string s, int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            return char.ConvertToUtf32(c, s[i + 1]);
        return c;
    }

    /// <summary>Number of code points in the text.</summary>
    public int CodePointCount => _byteOffsetOfCodePoint.Length - 1;

    /// <summary>The position just after the last character (where Go reports "unexpected EOF").</summary>
    public Pos EndPos => PosAt(CodePointCount);

    private static int UpperBound(List<int> starts, int value)
    {
        int lo = 0, hi = starts.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (starts[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
