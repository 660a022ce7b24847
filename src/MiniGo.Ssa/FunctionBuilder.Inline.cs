using MiniGo.Syntax.Ast;
using MiniGo.Types;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Ssa;

/// <summary>
/// Inlined calls (<see cref="InlinedCallExpr"/>, Go's OINLCALL): the callee's body copied into
/// the caller. The parameters are assigned from the arguments, the body runs in the caller's
/// frame, and each <c>return</c> assigns the result variables and jumps past the body, as Go's
/// inliner rewrites it (<c>~r0 = x; goto .i0</c>).
/// </summary>
internal sealed partial class FunctionBuilder
{
    /// <summary>An inlined body being built: where its returns go.</summary>
    private sealed record InlineFrame(InlinedCallExpr Call, BasicBlock Exit, List<Var> Results);

    private readonly List<InlineFrame> _inlines = new();

    /// <summary>Builds the inlined call and returns its results' values (none, one or several).</summary>
    private List<Value> InlinedCall_(InlinedCallExpr e)
    {
        StmtList(e.Init);
        var results = e.ResultVars.Select(n => (Var)_info.Defs[n]!).ToList();
        if (!e.DelayedResults)
            foreach (var r in results) DeclareVar(r, null, e);
        var exit = _fn.NewBlock("inline.done");
        _inlines.Add(new InlineFrame(e, exit, results));
        StmtList(e.Body.List);
        _inlines.RemoveAt(_inlines.Count - 1);
        JumpTo(exit, e);
        SealBlock(exit);
        StartBlock(exit);
        return results.Select(r => ReadVar(r, e)).ToList();
    }

    /// <summary>A value for an inlined call used as an expression (its one result).</summary>
    private Value InlinedCallValue(InlinedCallExpr e)
    {
        var results = InlinedCall_(e);
        return results.Count == 1 ? results[0] : new Const(null, Tuple.Empty);
    }

    /// <summary><c>return x, y</c> inside an inlined body: <c>~r0, ~r1 = x, y</c>, then leave the body.</summary>
    private void InlinedReturn(ReturnStmt r, InlineFrame frame)
    {
        if (!r.Results.IsEmpty)
        {
            var values = RhsValues(r.Results, frame.Results.Count, r);
            for (int i = 0; i < values.Count; i++)
            {
                var v = Conv(values[i], frame.Results[i].Type!, r);
                if (frame.Call.DelayedResults) DeclareVar(frame.Results[i], v, r);
                else AssignVar(frame.Results[i], v, r);
            }
        }
        JumpTo(frame.Exit, r);
    }

    /// <summary>The n values of a multi-value expression: the results of an inlined call, or
    /// Extracts of a call's or a comma-ok form's tuple.</summary>
    private List<Value> TupleValues(Expr e, int n, Node source)
    {
        if (Unparen(e) is InlinedCallExpr ic) return InlinedCall_(ic);
        var tuple = ExprTuple(e);
        return Enumerable.Range(0, n).Select(i => (Value)Emit(new Extract(tuple, i), source)).ToList();
    }
}
