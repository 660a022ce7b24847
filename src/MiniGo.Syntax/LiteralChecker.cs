using System.Globalization;
using System.Text;
using MiniGo.Syntax.Generated;

namespace MiniGo.Syntax;

/// <summary>
/// Checks a literal token the way Go's scanner does (cmd/compile/internal/syntax/scanner.go:
/// number, rune, stdString, rawString, escape) and returns Go's messages with their byte
/// offsets inside the token. The lexer grammar matches malformed literals on purpose so
/// that these checks see exactly the text Go's scanner would have consumed.
/// </summary>
public static class LiteralChecker
{
    /// <param name="followedByNewline">whether a newline comes right after the token (an
    /// unterminated string stops there: "newline in string"; at the end of the file it is
    /// "string not terminated").</param>
    public static List<(int Offset, string Message)> Check(int tokenType, string text, bool followedByNewline)
    {
        var errors = new List<(int, string)>();
        switch (tokenType)
        {
            case GoLexer.NUMBER: CheckNumber(text, errors); break;
            case GoLexer.RUNE_LIT: CheckQuoted(text, '\'', followedByNewline, errors); break;
            case GoLexer.STRING_LIT: CheckQuoted(text, '"', followedByNewline, errors); break;
            case GoLexer.RAW_STRING_LIT:
                if (text.Length < 2 || text[^1] != '`') errors.Add((0, "string not terminated"));
                break;
        }
        return errors;
    }

    /// <summary>Go's %#U: <c>U+0040 '@'</c>.</summary>
    public static string FormatRune(int r)
    {
        string hex = r.ToString("X4", CultureInfo.InvariantCulture);
        bool printable = r >= 0x20 && r != 0x7F && !(r >= 0x80 && r < 0xA0) && r <= 0x10FFFF && !(r >= 0xD800 && r < 0xE000);
        return printable ? $"U+{hex} '{char.ConvertFromUtf32(r)}'" : $"U+{hex}";
    }

    private static string BaseName(int b) => b switch { 2 => "binary", 8 => "octal", 10 => "decimal", _ => "hexadecimal" };

    private static bool IsDecimal(char c) => c >= '0' && c <= '9';
    private static bool IsHex(char c) => IsDecimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    private static char Lower(char c) => (char)(c | 0x20);

    // Byte offset of code-unit index i (literal text is ASCII except inside quotes).
    /// <summary>The code-point offset of UTF-16 index <paramref name="i"/> in the token: the
    /// caller turns it into a position through the source file, which also counts the bytes Go
    /// skipped inside the token (invalid UTF-8, NUL).</summary>
    private static int CodePointOffset(string s, int i)
    {
        int n = 0;
        for (int k = 0; k < i && k < s.Length; k++)
            if (!char.IsLowSurrogate(s[k])) n++;
        return n + Math.Max(0, i - s.Length);
    }

    private static void CheckNumber(string s, List<(int, string)> errors)
    {
        int i = 0;
        char Ch() => i < s.Length ? s[i] : '\0';
        bool ok = true, seenPoint = false;
        int kind = 0; // 0 int, 1 float, 2 imag
        int @base = 10;
        char prefix = '\0';
        int digsep = 0, invalid = -1;

        int Digits(int b, bool track)
        {
            int ds = 0;
            if (b <= 10)
            {
                int max = '0' + b;
                while (IsDecimal(Ch()) || Ch() == '_')
                {
                    int d = 1;
                    if (Ch() == '_') d = 2;
                    else if (Ch() >= max && invalid < 0 && track) invalid = i;
                    ds |= d;
                    i++;
                }
            }
            else
            {
                while (IsHex(Ch()) || Ch() == '_')
                {
                    ds |= Ch() == '_' ? 2 : 1;
                    i++;
                }
            }
            return ds;
        }

        if (Ch() == '.') { seenPoint = true; i++; }
        if (!seenPoint)
        {
            if (Ch() == '0')
            {
                i++;
                switch (Lower(Ch()))
                {
                    case 'x': i++; @base = 16; prefix = 'x'; break;
                    case 'o': i++; @base = 8; prefix = 'o'; break;
                    case 'b': i++; @base = 2; prefix = 'b'; break;
                    default: @base = 8; prefix = '0'; digsep = 1; break;
                }
            }
            digsep |= Digits(@base, true);
            if (Ch() == '.')
            {
                if (prefix == 'o' || prefix == 'b')
                {
                    errors.Add((i, $"invalid radix point in {BaseName(@base)} literal"));
                    ok = false;
                }
                i++;
                seenPoint = true;
            }
        }
        if (seenPoint)
        {
            kind = 1;
            digsep |= Digits(@base, true);
        }
        if ((digsep & 1) == 0 && ok)
        {
            errors.Add((i, $"{BaseName(@base)} literal has no digits"));
            ok = false;
        }
        char e = Lower(Ch());
        if (e == 'e' || e == 'p')
        {
            if (ok)
            {
                if (e == 'e' && prefix != '\0' && prefix != '0')
                {
                    errors.Add((i, $"'{Ch()}' exponent requires decimal mantissa"));
                    ok = false;
                }
                else if (e == 'p' && prefix != 'x')
                {
                    errors.Add((i, $"'{Ch()}' exponent requires hexadecimal mantissa"));
                    ok = false;
                }
            }
            i++;
            kind = 1;
            if (Ch() == '+' || Ch() == '-') i++;
            int saveInvalid = invalid;
            digsep = Digits(10, false) | (digsep & 2);
            invalid = saveInvalid;
            if ((digsep & 1) == 0 && ok)
            {
                errors.Add((i, "exponent has no digits"));
                ok = false;
            }
        }
        else if (prefix == 'x' && kind == 1 && ok)
        {
            errors.Add((i, "hexadecimal mantissa requires a 'p' exponent"));
            ok = false;
        }
        if (Ch() == 'i') { kind = 2; i++; }

        if (kind == 0 && invalid >= 0 && ok)
        {
            errors.Add((invalid, $"invalid digit '{s[invalid]}' in {BaseName(@base)} literal"));
            ok = false;
        }
        if ((digsep & 2) != 0 && ok)
        {
            int sep = InvalidSep(s);
            if (sep >= 0) errors.Add((sep, "'_' must separate successive digits"));
        }
    }

    private static int InvalidSep(string x)
    {
        char x1 = ' ', d = '.';
        int i = 0;
        if (x.Length >= 2 && x[0] == '0')
        {
            x1 = Lower(x[1]);
            if (x1 == 'x' || x1 == 'o' || x1 == 'b') { d = '0'; i = 2; }
        }
        for (; i < x.Length; i++)
        {
            char p = d;
            d = x[i];
            if (d == '_')
            {
                if (p != '0') return i;
            }
            else if (IsDecimal(d) || (x1 == 'x' && IsHex(d)))
            {
                d = '0';
            }
            else
            {
                if (p == '_') return i - 1;
                d = '.';
            }
        }
        return d == '_' ? x.Length - 1 : -1;
    }

    // Interpreted strings and rune literals share Go's escape rules.
    private static void CheckQuoted(string s, char quote, bool atNewline, List<(int, string)> errors)
    {
        bool ok = true;
        int i = 1, n = 0;
        while (true)
        {
            if (i >= s.Length)
            {
                // The token stopped at a newline or at the end of the file.
                if (quote == '"')
                    errors.Add(atNewline ? (CodePointOffset(s, i), "newline in string") : (0, "string not terminated"));
                else if (ok)
                    errors.Add(atNewline ? (CodePointOffset(s, i), "newline in rune literal") : (0, "rune literal not terminated"));
                return;
            }
            char c = s[i];
            if (c == quote && i == s.Length - 1)
            {
                if (quote == '\'' && ok)
                {
                    if (n == 0) errors.Add((CodePointOffset(s, i), "empty rune literal or unescaped '"));
                    else if (n != 1) errors.Add((0, "more than one character in rune literal"));
                }
                return;
            }
            if (c == '\\')
            {
                i++;
                if (!Escape(s, ref i, quote, errors)) ok = false;
                n++;
                continue;
            }
            i += char.IsHighSurrogate(c) && i + 1 < s.Length ? 2 : 1;
            n++;
        }
    }

    private static bool Escape(string s, ref int i, char quote, List<(int, string)> errors)
    {
        if (i >= s.Length) return true; // complain in caller about EOF/newline
        char c = s[i];
        int n; uint b, max;
        switch (c)
        {
            case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
                i++; return true;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                n = 3; b = 8; max = 255; break;
            case 'x': i++; n = 2; b = 16; max = 255; break;
            case 'u': i++; n = 4; b = 16; max = 0x10FFFF; break;
            case 'U': i++; n = 8; b = 16; max = 0x10FFFF; break;
            default:
                if (c == quote) { i++; return true; }
                errors.Add((CodePointOffset(s, i), "unknown escape"));
                return false;
        }
        uint x = 0;
        for (int k = n; k > 0; k--)
        {
            if (i >= s.Length) return true;
            char ch = s[i];
            uint d = b;
            if (IsDecimal(ch)) d = (uint)(ch - '0');
            else if (Lower(ch) >= 'a' && Lower(ch) <= 'f') d = (uint)(Lower(ch) - 'a' + 10);
            if (d >= b)
            {
                string shown = ch == quote ? "'\\''" : $"'{ch}'";
                if (ch == '\'') shown = "'\\''";
                errors.Add((CodePointOffset(s, i), $"invalid character {shown} in {BaseName((int)b)} escape"));
                return false;
            }
            x = x * b + d;
            i++;
        }
        if (x > max && b == 8)
        {
            errors.Add((CodePointOffset(s, i), $"octal escape value {x} > 255"));
            return false;
        }
        if (x > max || (x >= 0xD800 && x < 0xE000))
        {
            errors.Add((CodePointOffset(s, i), $"escape is invalid Unicode code point {FormatRune((int)x)}"));
            return false;
        }
        return true;
    }
}
