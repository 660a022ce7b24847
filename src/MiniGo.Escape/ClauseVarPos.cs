using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;

namespace MiniGo.Escape;

/// <summary>
/// The position Go gives a type switch's per-clause variable (`switch v := x.(type)`): not
/// the `v`, but the last type of the clause's list (the `default` keyword for a default
/// clause), as noder's writer sets it (noder/writer.go, "These pos details are quirkish"),
/// through typeExprEndPos (noder/quirks.go): a name's position, a selector's operand, the
/// element of a pointer, slice, array, channel or map type, the last result (else parameter)
/// type of a function type, the last method of an interface, a struct's `struct`.
/// </summary>
internal static class ClauseVarPos
{
    /// <summary>Each clause variable of the program with its position.</summary>
    public static Dictionary<Var, Pos> Of(Info info)
    {
        var map = new Dictionary<Var, Pos>(ReferenceEqualityComparer.Instance);
        foreach (var (node, obj) in info.Implicits)
            if (node is CaseClause cc && obj is Var v)
                map[v] = cc.Cases.Length == 0 ? cc.Pos : TypeExprEndPos(cc.Cases[^1]);
        return map;
    }

    private static Pos TypeExprEndPos(Expr e)
    {
        while (true)
        {
            switch (e)
            {
                case SelectorExpr se: return se.X.Pos;
                case ParenExpr pe: e = pe.X; continue;
                case UnaryExpr { Op: Operator.Mul } u: e = u.X; continue;
                case ArrayType at: e = at.Elem; continue;
                case SliceType st: e = st.Elem; continue;
                case ChanType ct: e = ct.Elem; continue;
                case MapType mt: e = mt.Value; continue;
                case FuncType ft:
                    var last = ft.Results.Length > 0 ? ft.Results[^1] : ft.Params.Length > 0 ? ft.Params[^1] : null;
                    if (last == null) return ft.Pos;
                    e = last.Type; continue;
                case InterfaceType it:
                    if (it.Methods.Length == 0) return it.Pos;
                    e = it.Methods[^1].Type; continue;
                default: return e.Pos; // a name, a struct type
            }
        }
    }
}
