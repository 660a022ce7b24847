using MiniGo.Syntax.Ast;
using MiniGo.Types;
using Op = MiniGo.Syntax.Ast.Operator;

namespace MiniGo.Inline;

/// <summary>
/// The dead-code rules of Go's unified IR writer (noder/writer.go: staticBool, terminates,
/// hasFallthrough). They decide which statements Go's IR holds at all, so they show in the
/// <c>-m=2</c> body text (<c>if debug { … }</c> vanishes, <c>if true { return }</c> becomes
/// <c>return</c> and drops what follows) and in which locals and temporaries a function has.
/// </summary>
public static class StaticConditions
{
    /// <summary>
    /// writer.go staticBool: +1 when <paramref name="cond"/> is always true, -1 when always
    /// false, 0 when unknown; <paramref name="simplified"/> is the condition as Go rewrites it
    /// (<c>debug &amp;&amp; f() || g()</c> with a false <c>debug</c> becomes <c>g()</c>).
    /// </summary>
    public static int StaticBool(Expr cond, Info info, out Expr simplified)
    {
        simplified = cond;
        if (IsConstant(cond, info, out bool value)) return value ? 1 : -1;
        switch (cond)
        {
            case UnaryExpr { Op: Op.Not } not:
                // Go recurses into the operand (returning its sign, not the negation); the
                // operand of '!' is never an unparenthesised && or ||, so nothing is rewritten.
                return StaticBool(not.X, info, out _);
            case BinaryExpr { Op: Op.LAnd } and:
                {
                    int x = StaticBool(and.X, info, out var sx);
                    if (x < 0)
                    {
                        simplified = sx;
                        return x;
                    }
                    int y = StaticBool(and.Y, info, out var sy);
                    simplified = Rebuild(and, sx, sy);
                    if (x > 0 || y < 0)
                    {
                        if (IsConstant(sx, info, out _)) simplified = sy;
                        return y;
                    }
                    return 0;
                }
            case BinaryExpr { Op: Op.LOr } or:
                {
                    int x = StaticBool(or.X, info, out var sx);
                    if (x > 0)
                    {
                        simplified = sx;
                        return x;
                    }
                    int y = StaticBool(or.Y, info, out var sy);
                    simplified = Rebuild(or, sx, sy);
                    if (x < 0 || y > 0)
                    {
                        if (IsConstant(sx, info, out _)) simplified = sy;
                        return y;
                    }
                    return 0;
                }
            default:
                return 0;
        }
    }

    /// <summary>Go rewrites the operands of &amp;&amp; and || in place; MiniGo's tree is
    /// immutable, so a changed operand gives a new node (&amp;&amp; and || print without their type).</summary>
    private static Expr Rebuild(BinaryExpr b, Expr x, Expr y) =>
        ReferenceEquals(x, b.X) && ReferenceEquals(y, b.Y) ? b : new BinaryExpr(b.Pos, b.Op, x, y);

    private static bool IsConstant(Expr e, Info info, out bool value)
    {
        value = false;
        if (info.Types.TryGetValue(e, out var tv) && tv is { Mode: OperandMode.Constant, Value: { Kind: ConstKind.Bool } v })
        {
            value = v.Bool;
            return true;
        }
        return false;
    }

    /// <summary>writer.go terminates: whether control never reaches the statement after
    /// <paramref name="s"/> (a return, a call of panic, an if whose taken branches all terminate,
    /// a block ending in one). Go writes no statement after such a one.</summary>
    public static bool Terminates(Stmt? s, Info info)
    {
        switch (s)
        {
            case ReturnStmt:
                return true;
            case ExprStmt es:
                return ParenExpr.Unparen(es.X) is CallExpr call && ParenExpr.Unparen(call.Fun) is Name n
                    && info.Uses.TryGetValue(n, out var o) && o is Builtin { Id: BuiltinId.Panic };
            case IfStmt ifs:
                {
                    int cond = StaticBool(ifs.Cond, info, out _);
                    return (cond < 0 || Terminates(ifs.Then, info)) && (cond > 0 || Terminates(ifs.Else, info));
                }
            case BlockStmt blk:
                return Terminates(LastNonEmpty(blk.List), info);
            default:
                return false;
        }
    }

    /// <summary>writer.go hasFallthrough: the clause ends in <c>fallthrough</c>.</summary>
    public static bool HasFallthrough(IReadOnlyList<Stmt> body) =>
        LastNonEmpty(body) is BranchStmt { Kind: BranchKind.Fallthrough };

    private static Stmt? LastNonEmpty(IReadOnlyList<Stmt> list)
    {
        for (int i = list.Count - 1; i >= 0; i--)
            if (list[i] is not EmptyStmt) return list[i];
        return null;
    }
}
