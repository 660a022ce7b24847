using System.Text;

namespace MiniGo.Syntax;

/// <summary>
/// The non-ASCII characters of an identifier, checked as Go's scanner does (atIdentChar in
/// cmd/compile/internal/syntax/scanner.go): the lexer takes every non-ASCII character into an
/// identifier; a letter is fine, a Unicode digit is fine except first ("identifier cannot begin
/// with digit U+0663 '٣'"), anything else is "invalid character U+00B7 '·' in identifier".
/// Letters and digits are Unicode's categories L and Nd, as Go's unicode.IsLetter and IsDigit.
/// </summary>
public static class IdentChecker
{
    /// <summary>The errors in <paramref name="text"/>, each with its byte offset from the start.</summary>
    public static IEnumerable<(int Offset, string Message)> Check(string text)
    {
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (text[i] < 0x80) continue;
            if (!Rune.TryGetRuneAt(text, i, out var r)) r = Rune.ReplacementChar; // a lone surrogate
            if (Rune.IsLetter(r)) continue;
            if (Rune.IsDigit(r))
            {
                if (i == 0) yield return (0, $"identifier cannot begin with digit {LiteralChecker.FormatRune(r.Value)}");
                continue;
            }
            yield return (Encoding.UTF8.GetByteCount(text.AsSpan(0, i)), $"invalid character {LiteralChecker.FormatRune(r.Value)} in identifier");
        }
    }
}
