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

    /// <summary>Code-point indices of byte order marks after the start of the file: Go
    /// reports each one, wherever it is (in a comment or string too).</summary>
    public IReadOnlyList<int> BomIndices => _bomIndices;

    // utf16IndexOfCodePoint[i] = index in Text of the i-th code point.
    private readonly int[] _utf16IndexOfCodePoint;

    public SourceFile(string name, string text)
    {
        Name = name;
        // Go skips a byte order mark at the start of a file.
        Text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

        var offsets = new List<int>(Text.Length + 1);
        var utf16 = new List<int>(Text.Length);
        int bytes = 0;
        for (int i = 0; i < Text.Length; i++)
        {
            int cp;
            utf16.Add(i);
            if (char.IsHighSurrogate(Text[i]) && i + 1 < Text.Length && char.IsLowSurrogate(Text[i + 1]))
            {
                cp = char.ConvertToUtf32(Text[i], Text[i + 1]);
                i++;
            }
            else
            {
                cp = Text[i];
            }
            if (cp == 0xFEFF) _bomIndices.Add(offsets.Count);
            offsets.Add(bytes);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (cp == '\n') _lineStartByte.Add(bytes);
        }
        offsets.Add(bytes);
        _byteOffsetOfCodePoint = offsets.ToArray();
        _utf16IndexOfCodePoint = utf16.ToArray();
    }

    public static SourceFile FromBytes(string name, byte[] bytes) =>
        new(name, new UTF8Encoding(false, false).GetString(bytes));

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
