using MiniGo.Syntax;
using MiniGo.Syntax.Ast;

namespace MiniGo.Ssa;

/// <summary>
/// Labels, <c>goto</c>, and labelled <c>break</c> / <c>continue</c> (go/ssa's lblock): a
/// labelled statement starts a block of its own, named after the label, that every goto to
/// it jumps to; a labelled loop, switch or select also records where <c>break L</c> and
/// <c>continue L</c> go. A goto may jump back to a label or forward to one not yet built, so
/// label blocks are sealed (Braun et al.) only when the whole body is built.
/// </summary>
internal sealed partial class FunctionBuilder
{
    private readonly Dictionary<string, BasicBlock> _labelBlocks = new();
    private readonly Dictionary<string, (BasicBlock Break, BasicBlock? Continue)> _labelTargets = new();
    // The label of the loop or switch being built, until it records its targets.
    private string? _pendingLabel;
    private HashSet<LabeledStmt> _loopingLabels = new(ReferenceEqualityComparer.Instance);

    private BasicBlock LabelBlock(string name)
    {
        if (!_labelBlocks.TryGetValue(name, out var b)) _labelBlocks[name] = b = _fn.NewBlock(name);
        return b;
    }

    /// <summary>The targets of unlabelled break/continue inside a loop or switch, and of the
    /// labelled ones when the statement is labelled.</summary>
    private void PushTargets(BasicBlock brk, BasicBlock? cont)
    {
        _targets.Add((brk, cont));
        if (_pendingLabel != null) _labelTargets[_pendingLabel] = (brk, cont);
        _pendingLabel = null;
    }

    private void Labeled(LabeledStmt s)
    {
        if (s.Label.Value == "_") { Stmt_(s.Stmt); return; }
        // escape.go: a label a later goto jumps back to heads a loop: one more loop depth to
        // the end of the enclosing block (StmtList restores it).
        if (_loopingLabels.Contains(s)) _loopDepth++;
        var block = LabelBlock(s.Label.Value);
        JumpTo(block, s);
        StartBlock(block);
        var inner = s.Stmt;
        if (inner is ForStmt or RangeStmt or SwitchStmt or TypeSwitchStmt or SelectStmt) _pendingLabel = s.Label.Value;
        Stmt_(inner);
        _pendingLabel = null;
    }

    private void Branch(BranchStmt br)
    {
        switch (br.Kind)
        {
            case BranchKind.Goto:
                JumpTo(LabelBlock(br.Label!.Value), br);
                break;
            case BranchKind.Break:
                JumpTo(_labelTargets[br.Label!.Value].Break, br);
                break;
            case BranchKind.Continue:
                JumpTo(_labelTargets[br.Label!.Value].Continue!, br);
                break;
        }
    }

    /// <summary>Called when the body is built: every goto is known now.</summary>
    private void SealLabelBlocks()
    {
        foreach (var b in _labelBlocks.Values) SealBlock(b);
    }
}
