using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;

namespace MiniGo.Cli.Html;

/// <summary>
/// The keys that link the columns of the page. Every clickable element carries a set of keys
/// (<c>data-k</c>); clicking it highlights every element of the same function that shares one:
/// <list type="bullet">
/// <item><c>p12_5</c>: Go's position 12:5 (a token, a syntax node, an SSA value made there,
/// an escape location, a -m line);</item>
/// <item><c>v3</c>: a Go variable (its declaration, every use, the SSA values that stand for it,
/// its escape location);</item>
/// <item><c>s0_2_t4</c> / <c>n0_2_t4</c>: SSA value t4 of the third SSA function of section 0, after
/// promotion / in the naive form (its definition and every use as an operand).</item>
/// </list>
/// </summary>
public sealed class LinkKeys
{
    private readonly Dictionary<Var, int> _varIds = new(ReferenceEqualityComparer.Instance);
    /// <summary>Declaration position of each variable (so a -m line at a declaration links the variable).</summary>
    private readonly Dictionary<(int, int), Var> _declaredAt = new();
    private readonly Info _info;

    public LinkKeys(Info info)
    {
        _info = info;
        foreach (var (name, obj) in info.Defs)
            if (obj is Var v && v.Kind != VarKind.Field && name.Pos.IsKnown)
                _declaredAt.TryAdd((name.Pos.Line, name.Pos.Col), v);
    }

    public static string PosKey(Pos p) => $"p{p.Line}_{p.Col}";

    public string VarKey(Var v)
    {
        if (!_varIds.TryGetValue(v, out int id)) _varIds[v] = id = _varIds.Count;
        return $"v{id}";
    }

    /// <summary>The variable a name refers to (declares or uses), if it is one.</summary>
    public Var? VarOf(Name n) => _info.ObjectOf(n) is Var { Kind: not VarKind.Field } v ? v : null;

    /// <summary>The keys of a position: the position, and the variable declared there.</summary>
    public IEnumerable<string> AtPos(Pos p)
    {
        if (!p.IsKnown) yield break;
        yield return PosKey(p);
        if (_declaredAt.TryGetValue((p.Line, p.Col), out var v)) yield return VarKey(v);
    }

    public static string Join(IEnumerable<string> keys) => string.Join(' ', keys.Where(k => k != "").Distinct());
}
