using System.Collections.Immutable;

namespace MiniGo.Syntax.Ast;

/// <summary>
/// A call the inliner replaced by a copy of the callee's body: Go's OINLCALL
/// (ir.InlinedCallExpr, built by noder/reader.go unifiedInlineCall). It is made only by
/// MiniGo.Inline, never by the parser, and sits where the call was.
/// <list type="bullet">
/// <item><see cref="Init"/>: the binding of the parameters to the arguments, one
/// <c>params := args</c> assignment (receiver first), at the call's position;</item>
/// <item><see cref="Body"/>: a copy of the callee's original body, every variable a fresh one of the
/// caller; a <c>return</c> in it assigns <see cref="ResultVars"/> and leaves the body;</item>
/// <item><see cref="ResultVars"/>: <c>~r0</c>, <c>~r1</c>, … or the named results; the call's value.</item>
/// </list>
/// Go prints the node as its single result variable (<c>~r0</c>), with precedence 0.
/// </summary>
public sealed class InlinedCallExpr(Pos pos, CallExpr call, string calleeName, ImmutableArray<Stmt> init, BlockStmt body, ImmutableArray<Name> resultVars, bool delayedResults) : Expr(pos)
{
    /// <summary>The call of the original tree this node replaces.</summary>
    public CallExpr Call { get; } = call;
    /// <summary>The callee as Go names it in <c>inlining call to NAME</c>.</summary>
    public string CalleeName { get; } = calleeName;
    public ImmutableArray<Stmt> Init { get; } = init;
    public BlockStmt Body { get; } = body;
    public ImmutableArray<Name> ResultVars { get; } = resultVars;
    /// <summary>Go declares the results at the one <c>return</c> (canDelayResults) instead of
    /// before the body: exactly one non-bare return and unnamed results.</summary>
    public bool DelayedResults { get; } = delayedResults;
    public override Node[] Children => Of(Init, Body);
    public override string Describe() => $"InlinedCallExpr {CalleeName}";
}
