using System.Text;

namespace MiniGo.Compiler;

/// <summary>
/// The go command reads the start of every file before the compiler sees it (go/build's
/// readGoInfo): the package clause and the imports, with its own byte reader (which refuses a
/// NUL byte) and then go/parser (whose scanner refuses invalid UTF-8, even in a comment). An
/// error there is printed by the go command itself, in go/parser's words and without the
/// <c># command-line-arguments</c> header: <c>f.go:1:1: expected 'package', found 'EOF'</c>
/// for an empty (or BOM-only) file. This class reproduces that check for the package clause,
/// the import declarations and the comments around them.
/// </summary>
public static class FileHeader
{
    /// <summary>The file's package name, or the go command's error.</summary>
    public sealed record Info(string PackageName, string? Error);

    private static readonly HashSet<string> Keywords =
    [
        "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
        "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return",
        "select", "struct", "switch", "type", "var",
    ];

    /// <param name="name">the file as the go command names it (as given, or relative to the
    /// working directory for a directory build).</param>
    public static Info Read(string name, byte[] src)
    {
        // go/build's reader drops a leading byte order mark: header positions count from after it.
        if (src.Length >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF) src = src[3..];
        var s = new Scanner(name, src);
        var tok = s.Next();
        string? error = null;
        string pkg = "";
        if (tok.Text != "package")
        {
            error = s.Expected("'package'", tok);
        }
        else
        {
            tok = s.Next();
            if (tok.Kind != Kind.Ident) error = s.Expected("'IDENT'", tok);
            else
            {
                pkg = tok.Text;
                // The imports: their tokens and the comments after them belong to the header.
                tok = s.Next();
                while (true)
                {
                    if (tok.Text == ";") { tok = s.Next(); continue; }
                    if (tok.Text != "import" || tok.Kind != Kind.Ident) break;
                    tok = s.Next();
                    if (tok.Text == "(")
                        while (tok.Kind != Kind.Eof && tok.Text != ")") tok = s.Next();
                    else
                        while (tok.Kind != Kind.Eof && tok.Text != ";") tok = s.Next();
                    if (tok.Kind != Kind.Eof) tok = s.Next();
                }
            }
        }
        // go/build's reader stops at a syntax error only after reading the whole file: a NUL
        // anywhere is then its error; otherwise only the header's bytes count.
        int readUpTo = error != null ? src.Length : Math.Min(src.Length, tok.Offset + 1);
        int nul = Array.IndexOf(src, (byte)0, 0, readUpTo);
        if (nul >= 0) return new Info(pkg, $"go: reading {name}: unexpected NUL in input");
        if (s.FirstBadUtf8 is { } bad && (error == null || bad.Offset < s.ErrorOffset))
            return new Info(pkg, bad.Message);
        return new Info(pkg, error);
    }

    private enum Kind { Eof, Ident, Literal, Other }

    private readonly record struct Token(Kind Kind, string Text, int Offset, bool AfterNewline);

    /// <summary>Just enough of go/scanner for a file's header: identifiers, strings, numbers,
    /// comments, one-character operators, the newline that ends a line, and its error for
    /// invalid UTF-8.</summary>
    private sealed class Scanner(string name, byte[] src)
    {
        private int _pos;
        private bool _semiOnNewline;
        public (int Offset, string Message)? FirstBadUtf8;
        public int ErrorOffset;

        public Token Next()
        {
            while (true)
            {
                if (_pos >= src.Length) return new Token(Kind.Eof, "EOF", src.Length, false);
                byte c = src[_pos];
                if (c == '\n' && _semiOnNewline) { _semiOnNewline = false; return new Token(Kind.Other, ";", _pos++, true); }
                if (c is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') { _pos++; continue; }
                if (c == '/' && _pos + 1 < src.Length && src[_pos + 1] == '/')
                {
                    while (_pos < src.Length && src[_pos] != '\n') Rune();
                    continue;
                }
                if (c == '/' && _pos + 1 < src.Length && src[_pos + 1] == '*')
                {
                    _pos += 2;
                    while (_pos < src.Length && !(src[_pos] == '*' && _pos + 1 < src.Length && src[_pos + 1] == '/')) Rune();
                    _pos = Math.Min(src.Length, _pos + 2);
                    continue;
                }
                break;
            }
            int start = _pos;
            int r = Rune();
            Kind kind;
            if (r == '_' || char.IsLetter((char)Math.Min(r, 0xFFFF)) && r >= 0)
            {
                while (_pos < src.Length && PeekIsIdentChar()) Rune();
                kind = Kind.Ident;
            }
            else if (r is '"' or '`' or '\'')
            {
                while (_pos < src.Length && src[_pos] != r && !(r != '`' && src[_pos] == '\n'))
                {
                    if (r != '`' && src[_pos] == '\\' && _pos + 1 < src.Length) _pos++;
                    Rune();
                }
                if (_pos < src.Length && src[_pos] == r) _pos++;
                kind = Kind.Literal;
            }
            else if (r is >= '0' and <= '9')
            {
                while (_pos < src.Length && (char.IsAsciiLetterOrDigit((char)src[_pos]) || src[_pos] is (byte)'.' or (byte)'_')) _pos++;
                kind = Kind.Literal;
            }
            else kind = Kind.Other;
            string text = Encoding.UTF8.GetString(src, start, _pos - start);
            _semiOnNewline = kind is Kind.Ident or Kind.Literal && !Keywords.Contains(text) || text is ")" or "]" or "}" || text is "break" or "continue" or "fallthrough" or "return";
            return new Token(kind, text, start, false);
        }

        private bool PeekIsIdentChar()
        {
            byte b = src[_pos];
            if (b < 0x80) return char.IsAsciiLetterOrDigit((char)b) || b == '_';
            var status = System.Text.Rune.DecodeFromUtf8(src.AsSpan(_pos), out var rune, out _);
            return status == System.Buffers.OperationStatus.Done && (System.Text.Rune.IsLetter(rune) || System.Text.Rune.IsDigit(rune));
        }

        /// <summary>Reads one code point (Go's utf8.DecodeRune: an invalid byte is one error of width 1).</summary>
        private int Rune()
        {
            int n = MiniGo.Syntax.SourceFile.DecodeLength(src, _pos);
            if (n == 0)
            {
                FirstBadUtf8 ??= (_pos, $"{At(_pos)}: illegal UTF-8 encoding");
                _pos++;
                return 0xFFFD;
            }
            var status = System.Text.Rune.DecodeFromUtf8(src.AsSpan(_pos, n), out var rune, out _);
            _pos += n;
            return status == System.Buffers.OperationStatus.Done ? rune.Value : 0xFFFD;
        }

        /// <summary>go/parser's errorExpected: literals print as written, other tokens quoted.</summary>
        public string Expected(string what, Token tok)
        {
            ErrorOffset = tok.Offset;
            string found = tok.Kind switch
            {
                Kind.Eof => "'EOF'",
                Kind.Other when tok.AfterNewline => "newline",
                Kind.Ident when Keywords.Contains(tok.Text) => $"'{tok.Text}'",
                Kind.Ident or Kind.Literal => tok.Text,
                _ => $"'{tok.Text}'",
            };
            return $"{At(tok.Offset)}: expected {what}, found {found}";
        }

        /// <summary>NAME:LINE:COL of a byte offset (columns in bytes, as go/token counts them).</summary>
        private string At(int offset)
        {
            int line = 1, lineStart = 0;
            for (int i = 0; i < offset && i < src.Length; i++)
                if (src[i] == '\n') { line++; lineStart = i + 1; }
            return $"{name}:{line}:{offset - lineStart + 1}";
        }
    }
}
