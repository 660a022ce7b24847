using MiniGo.Syntax.Ast;
using MiniGo.Types;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Ssa;

/// <summary>
/// What Go's noder leaves out before any later pass sees the code (noder/writer.go): the branch
/// of an <c>if</c> whose condition is known from constants, the body of a <c>for</c> whose
/// condition is constant false, and statements after a terminating statement. The SSA builder
/// and the escape pass's count of Go's declarations both follow it.
/// </summary>
public static class StaticConditions
{
    /// <summary>
    /// writer.go staticBool: +1 if a condition is always true, -1 if always false, 0 if unknown,
    /// judged from constants only (<c>if debug { ... }</c> with <c>const debug = false</c>). Like
    /// Go, <c>!x</c> is judged as x (only a constant <c>!x</c> is folded correctly, by the first
    /// test), and parentheses stop the analysis.
    /// </summary>
    public static int StaticBool(Expr e, Info info)
    {
        if (info.Types.TryGetValue(e, out var tv) && tv.Value is { Kind: ConstKind.Bool } c) return c.Bool ? 1 : -1;
        switch (e)
        {
            case UnaryExpr { Op: Operator.Not } u:
                return StaticBool(u.X, info);
            case BinaryExpr { Op: Operator.LAnd } and:
                {
                    int x = StaticBool(and.X, info);
                    if (x < 0) return x;
                    int y = StaticBool(and.Y, info);
                    return x > 0 || y < 0 ? y : 0;
                }
            case BinaryExpr { Op: Operator.LOr } or:
                {
                    int x = StaticBool(or.X, info);
                    if (x > 0) return x;
                    int y = StaticBool(or.Y, info);
                    return x < 0 || y > 0 ? y : 0;
                }
        }
        return 0;
    }

    /// <summary>writer.go terminates: return, goto, panic(...), an if whose running branches all
    /// terminate, a block ending in one. (Not break, continue or an endless for: Go keeps the
    /// statements after those.)</summary>
    public static bool Terminates(Stmt? s, Info info) => s switch
    {
        ReturnStmt or BranchStmt { Kind: BranchKind.Goto } => true,
        ExprStmt { X: var x } => Unparen(x) is CallExpr c && Unparen(c.Fun) is Name n && info.ObjectOf(n) is Builtin { Id: BuiltinId.Panic },
        IfStmt i => (StaticBool(i.Cond, info) < 0 || Terminates(i.Then, info)) && (StaticBool(i.Cond, info) > 0 || Terminates(i.Else, info)),
        BlockStmt b => b.List.Length > 0 && Terminates(b.List[^1], info),
        _ => false,
    };

}
