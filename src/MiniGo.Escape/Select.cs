using MiniGo.Syntax.Ast;

namespace MiniGo.Escape;

internal sealed partial class Analyzer
{
    /// <summary>stmt.go's OSELECT: a send case is OSEND (the value goes to the heap, "send"); a
    /// receive case's value comes from the channel, i.e. from nowhere the analysis tracks
    /// (the Select's tuple flows nothing), and the channels themselves are discarded.</summary>
    private void SelectSends(Ssa.Select sel)
    {
        foreach (var (state, _, send) in sel.Cases())
            if (send != null) ExprOperand(_heap.H.Note(At(state.Comm as SendStmt, "send")), send, (state.Comm as SendStmt)?.Value);
    }
}
