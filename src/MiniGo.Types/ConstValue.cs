using System.Globalization;
using System.Numerics;
using System.Text;

namespace MiniGo.Types;

/// <summary>Unknown is the value of a constant expression that overflowed Go's 512-bit
/// limit; further operations on it stay unknown without more errors (go/constant).</summary>
public enum ConstKind { Bool, String, Int, Float, Unknown }

/// <summary>
/// The value of a constant expression (go/constant). Integers are exact (BigInteger), as Go
/// requires; floats are kept as doubles, which is enough for the subset's programs.
/// </summary>
public sealed class ConstValue
{
    public ConstKind Kind { get; }
    public bool Bool { get; }
    public string Str { get; } = "";
    public BigInteger Int { get; }
    public double Float { get; }

    private ConstValue(ConstKind kind, bool b = false, string? s = null, BigInteger i = default, double f = 0)
    {
        Kind = kind; Bool = b; Str = s ?? ""; Int = i; Float = f;
    }

    public static ConstValue Of(bool b) => new(ConstKind.Bool, b: b);
    public static ConstValue Of(string s) => new(ConstKind.String, s: s);
    public static ConstValue Of(BigInteger i) => new(ConstKind.Int, i: i);
    public static ConstValue Of(long i) => new(ConstKind.Int, i: i);
    /// <summary>A float constant; one with an integral value stays a float (1.0 is untyped float).</summary>
    public static ConstValue OfFloat(double f) => new(ConstKind.Float, f: f);
    public static readonly ConstValue Unknown = new(ConstKind.Unknown);

    public bool IsNumeric => Kind is ConstKind.Int or ConstKind.Float;

    /// <summary>Whether a float value is an exact integer (so it converts to an integer type).</summary>
    public bool IsIntegral => Kind == ConstKind.Int || (Kind == ConstKind.Float && Math.Floor(Float) == Float && !double.IsInfinity(Float));

    public BigInteger AsBigInteger => Kind == ConstKind.Int ? Int : new BigInteger(Float);
    public double AsDouble => Kind == ConstKind.Float ? Float : (double)Int;

    public ConstValue ToFloat() => Kind == ConstKind.Float ? this : OfFloat((double)Int);
    public ConstValue ToInt() => Kind == ConstKind.Int ? this : Of(new BigInteger(Float));

    /// <summary>The value as Go prints it in messages (constant.Value.String, go/constant).</summary>
    public override string ToString()
    {
        switch (Kind)
        {
            case ConstKind.Bool: return Bool ? "true" : "false";
            case ConstKind.Int: return Int.ToString(CultureInfo.InvariantCulture);
            case ConstKind.Float: return FormatFloat(Float);
            case ConstKind.Unknown: return "unknown";
            default:
                {
                    // go/constant shortens long strings to 72 characters with "..." inside the quotes.
                    string q = Quote(Str);
                    const int max = 72;
                    if (q.Length > max)
                    {
                        int i = max - 3;
                        q = q[..i] + "...";
                    }
                    return q;
                }
        }
    }

    private static string FormatFloat(double f)
    {
        if (Math.Floor(f) == f && Math.Abs(f) < 1e21) return f.ToString("0", CultureInfo.InvariantCulture);
        string s = f.ToString("G6", CultureInfo.InvariantCulture);
        if (s.Contains('E'))
        {
            // Go prints 1e+100, not 1E+100.
            s = s.Replace("E", "e");
        }
        return s;
    }

    /// <summary>Go's strconv.Quote for the strings MiniGo handles.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var r in s.EnumerateRunes())
        {
            switch (r.Value)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\v': sb.Append("\\v"); break;
                default:
                    if (r.Value < 0x20 || r.Value == 0x7F) sb.Append($"\\x{r.Value:x2}");
                    else sb.Append(r.ToString());
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
