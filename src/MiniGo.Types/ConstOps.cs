using System.Globalization;
using System.Numerics;
using System.Text;
using MiniGo.Syntax.Ast;
using Op = MiniGo.Syntax.Ast.Operator;

namespace MiniGo.Types;

/// <summary>Constant arithmetic (go/constant BinaryOp and Compare).</summary>
public static class ConstOps
{
    public static ConstValue? Binary(ConstValue x, Op op, ConstValue y, bool integer)
    {
        if (x.Kind == ConstKind.Unknown || y.Kind == ConstKind.Unknown) return ConstValue.Unknown;
        if (x.Kind == ConstKind.String && y.Kind == ConstKind.String && op == Op.Add) return ConstValue.Of(x.Str + y.Str);
        if (x.Kind == ConstKind.Bool && y.Kind == ConstKind.Bool)
            return op switch { Op.LAnd => ConstValue.Of(x.Bool && y.Bool), Op.LOr => ConstValue.Of(x.Bool || y.Bool), _ => null };
        if (x.Kind == ConstKind.Int && y.Kind == ConstKind.Int)
        {
            BigInteger a = x.Int, b = y.Int;
            switch (op)
            {
                case Op.Add: return ConstValue.Of(a + b);
                case Op.Sub: return ConstValue.Of(a - b);
                case Op.Mul: return ConstValue.Of(a * b);
                case Op.Quo:
                    if (b.IsZero) return null;
                    if (integer) return ConstValue.Of(BigInteger.Divide(a, b));
                    return ConstValue.OfFloat((double)a / (double)b);
                case Op.Rem: return b.IsZero ? null : ConstValue.Of(BigInteger.Remainder(a, b));
                case Op.And: return ConstValue.Of(a & b);
                case Op.Or: return ConstValue.Of(a | b);
                case Op.Xor: return ConstValue.Of(a ^ b);
                case Op.AndNot: return ConstValue.Of(a & ~b);
            }
            return null;
        }
        if (x.IsNumeric && y.IsNumeric)
        {
            double a = x.AsDouble, b = y.AsDouble;
            return op switch
            {
                Op.Add => ConstValue.OfFloat(a + b),
                Op.Sub => ConstValue.OfFloat(a - b),
                Op.Mul => ConstValue.OfFloat(a * b),
                Op.Quo => b == 0 ? null : ConstValue.OfFloat(a / b),
                _ => null,
            };
        }
        return null;
    }

    public static bool Compare(ConstValue x, Op op, ConstValue y)
    {
        int c;
        if (x.Kind == ConstKind.Unknown || y.Kind == ConstKind.Unknown) return false;
        if (x.Kind == ConstKind.Bool) c = x.Bool == y.Bool ? 0 : 1;
        else if (x.Kind == ConstKind.String) c = string.CompareOrdinal(x.Str, y.Str);
        else if (x.Kind == ConstKind.Int && y.Kind == ConstKind.Int) c = x.Int.CompareTo(y.Int);
        else c = x.AsDouble.CompareTo(y.AsDouble);
        return op switch
        {
            Op.Eql => c == 0,
            Op.Neq => c != 0,
            Op.Lss => c < 0,
            Op.Leq => c <= 0,
            Op.Gtr => c > 0,
            _ => c >= 0,
        };
    }
}

/// <summary>Values of literals as written in the source (strconv.Unquote, ParseInt, ParseFloat).</summary>
public static class Literals
{
    public static ConstValue? Value(BasicLit lit)
    {
        string s = lit.Value.Replace("_", lit.Kind is LitKind.Int or LitKind.Float ? "" : "_");
        try
        {
            switch (lit.Kind)
            {
                case LitKind.Int: return ConstValue.Of(ParseInt(s));
                case LitKind.Float: return ConstValue.OfFloat(ParseFloat(s));
                case LitKind.Rune:
                    {
                        var text = Unquote(lit.Value[1..^1], '\'');
                        return ConstValue.Of(text.Count == 1 ? text[0] : 0);
                    }
                case LitKind.String:
                    if (lit.Value.StartsWith('`')) return ConstValue.Of(lit.Value[1..^1].Replace("\r", ""));
                    return ConstValue.Of(RunesToString(Unquote(lit.Value[1..^1], '"')));
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or IndexOutOfRangeException)
        {
        }
        return null;
    }

    private static BigInteger ParseInt(string s)
    {
        int b = 10;
        if (s.Length > 1 && s[0] == '0')
        {
            char p = char.ToLowerInvariant(s[1]);
            if (p == 'x') { b = 16; s = s[2..]; }
            else if (p == 'o') { b = 8; s = s[2..]; }
            else if (p == 'b') { b = 2; s = s[2..]; }
            else { b = 8; s = s[1..]; }
        }
        BigInteger v = 0;
        foreach (char c in s)
        {
            int d = c <= '9' ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10;
            v = v * b + d;
        }
        return v;
    }

    private static double ParseFloat(string s)
    {
        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            int p = s.IndexOfAny(['p', 'P']);
            string mant = s[2..p];
            int exp = int.Parse(s[(p + 1)..], CultureInfo.InvariantCulture);
            int dot = mant.IndexOf('.');
            string digits = mant.Replace(".", "");
            var m = ParseInt("0x" + (digits.Length == 0 ? "0" : digits));
            if (dot >= 0) exp -= 4 * (mant.Length - dot - 1);
            return (double)m * Math.Pow(2, exp);
        }
        return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Decodes the escapes of a quoted literal's body into code points (bytes from \x and octal kept as raw bytes).</summary>
    public static List<int> Unquote(string body, char quote)
    {
        var result = new List<int>();
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\')
            {
                int cp = char.IsHighSurrogate(c) && i + 1 < body.Length ? char.ConvertToUtf32(c, body[++i]) : c;
                result.Add(cp);
                continue;
            }
            char e = body[++i];
            switch (e)
            {
                case 'a': result.Add(7); break;
                case 'b': result.Add(8); break;
                case 'f': result.Add(12); break;
                case 'n': result.Add(10); break;
                case 'r': result.Add(13); break;
                case 't': result.Add(9); break;
                case 'v': result.Add(11); break;
                case '\\': result.Add('\\'); break;
                case '\'': result.Add('\''); break;
                case '"': result.Add('"'); break;
                case 'x': result.Add(-1 - Convert.ToInt32(body.Substring(i + 1, 2), 16)); i += 2; break;
                case 'u': result.Add(Convert.ToInt32(body.Substring(i + 1, 4), 16)); i += 4; break;
                case 'U': result.Add(Convert.ToInt32(body.Substring(i + 1, 8), 16)); i += 8; break;
                default: result.Add(-1 - Convert.ToInt32(body.Substring(i, 3), 8)); i += 2; break;
            }
        }
        // A rune literal's \x and octal escapes are values, not bytes.
        if (quote == '\'') for (int k = 0; k < result.Count; k++) if (result[k] < 0) result[k] = -1 - result[k];
        return result;
    }

    /// <summary>Builds a string from code points; negative entries are raw bytes (-1 - b).
    /// Raw bytes that are not valid UTF-8 are kept as U+FFFD (enough for message printing).</summary>
    private static string RunesToString(List<int> runes)
    {
        var bytes = new List<byte>();
        foreach (int r in runes)
        {
            if (r < 0) bytes.Add((byte)(-1 - r));
            else bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(r is >= 0xD800 and < 0xE000 or > 0x10FFFF ? 0xFFFD : r)));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
