using MiniGo.Syntax;
using MiniGo.Syntax.Ast;

namespace MiniGo.Types;

/// <summary>
/// Labels and the statements that name them: <c>goto L</c>, <c>break L</c>, <c>continue L</c>.
/// Go's compiler checks them in its parser (syntax/branches.go, checkBranches), once per
/// function body, with these messages; this is a port of that file for labelled branches
/// (unlabelled break, continue and fallthrough are checked with the statements).
/// </summary>
public sealed partial class Checker
{
    /// <summary>A label declaration: the block holding it, its statement, whether a branch names it.</summary>
    private sealed class LabelDecl(LabelBlock parent, LabeledStmt stmt)
    {
        public LabelBlock Parent { get; } = parent;
        public LabeledStmt Stmt { get; } = stmt;
        public bool Used { get; set; }
    }

    /// <summary>A block of statements: its enclosing block, where it starts, and the labelled
    /// statement it is the body of (for <c>break L</c> / <c>continue L</c>).</summary>
    private sealed record LabelBlock(LabelBlock? Parent, Pos Start, LabeledStmt? Labeled);

    /// <summary>The labelled statements a function body's goto statements reach, for the SSA
    /// builder and escape analysis (Go's escape.go calls a label a goto jumps back to "looping").</summary>
    private void CheckLabels(BlockStmt body)
    {
        var labels = new Dictionary<string, LabelDecl>();
        var fwd = BlockBranches(labels, null, null, body.Pos, body.List);
        foreach (var g in fwd)
        {
            string name = g.Label!.Value;
            if (labels.TryGetValue(name, out var l))
            {
                l.Used = true; // avoid "defined and not used"
                Error(g.Label.Pos, $"goto {name} jumps into block starting at {l.Parent.Start}");
            }
            else Error(g.Label.Pos, $"label {name} not defined");
        }
        foreach (var l in labels.Values)
            if (!l.Used) Error(l.Stmt.Label.Pos, $"label {l.Stmt.Label.Value} defined and not used");
    }

    /// <summary>branches.go blockBranches: checks one block, returns its unresolved forward gotos.</summary>
    private List<BranchStmt> BlockBranches(Dictionary<string, LabelDecl> labels, LabelBlock? parent, LabeledStmt? lstmt, Pos start, IReadOnlyList<Stmt> body)
    {
        var b = new LabelBlock(parent, start, lstmt);
        Pos varPos = Pos.None;
        string varName = "";
        var fwdGotos = new List<BranchStmt>();
        var badGotos = new List<BranchStmt>();

        void RecordVarDecl(Pos pos, string name)
        {
            varPos = pos;
            varName = name;
            badGotos = new List<BranchStmt>(fwdGotos);
        }
        void Inner(Pos innerStart, IReadOnlyList<Stmt> list, LabeledStmt? labeled) =>
            fwdGotos.AddRange(BlockBranches(labels, b, labeled, innerStart, list));

        foreach (var stmt0 in body)
        {
            LabeledStmt? labeled = null;
            var stmt = stmt0;
            while (stmt is LabeledStmt ls) // L1: L2: stmt labels stmt twice; the inner label wins
            {
                string name = ls.Label.Value;
                if (name != "_")
                {
                    var l = Declare(labels, b, ls);
                    for (int i = fwdGotos.Count - 1; i >= 0; i--)
                    {
                        var g = fwdGotos[i];
                        if (g.Label!.Value != name) continue;
                        l.Used = true;
                        if (varPos.IsKnown && badGotos.Contains(g))
                            Error(g.Label.Pos, $"goto {name} jumps over declaration of {varName} at {varPos}");
                        fwdGotos.RemoveAt(i);
                    }
                    labeled = ls;
                }
                stmt = ls.Stmt;
            }
            switch (stmt)
            {
                case DeclStmt ds:
                    if (ds.Decls.OfType<VarDecl>().FirstOrDefault() is { } vd) RecordVarDecl(vd.Pos, vd.Names[0].Value);
                    break;
                case AssignStmt { Define: true } a:
                    RecordVarDecl(a.Pos, string.Join(", ", a.Lhs.Select(ExprString.Format)));
                    break;
                case BranchStmt { Label: { } label } br:
                    BranchToLabel(labels, b, br, label);
                    if (br.Kind == BranchKind.Goto && GotoTarget(labels, b, label.Value) == null) fwdGotos.Add(br);
                    break;
                case BlockStmt blk:
                    Inner(blk.Pos, blk.List, labeled);
                    break;
                case IfStmt ifs:
                    Inner(ifs.Then.Pos, ifs.Then.List, labeled);
                    if (ifs.Else != null) Inner(ifs.Else.Pos, [ifs.Else], labeled);
                    break;
                case ForStmt fs:
                    Inner(fs.Body.Pos, fs.Body.List, labeled);
                    break;
                case RangeStmt rs:
                    Inner(rs.Body.Pos, rs.Body.List, labeled);
                    break;
                case SwitchStmt sw:
                    foreach (var cc in sw.Clauses) Inner(cc.Pos, cc.Body, labeled);
                    break;
                case TypeSwitchStmt ts:
                    foreach (var cc in ts.Clauses) Inner(cc.Pos, cc.Body, labeled);
                    break;
                case SelectStmt sel:
                    foreach (var cc in sel.Clauses) Inner(cc.Pos, cc.Body, labeled);
                    break;
            }
        }
        return fwdGotos;
    }

    private LabelDecl Declare(Dictionary<string, LabelDecl> labels, LabelBlock b, LabeledStmt s)
    {
        string name = s.Label.Value;
        if (labels.TryGetValue(name, out var alt))
        {
            Error(s.Label.Pos, $"label {name} already defined at {alt.Stmt.Label.Pos}");
            return alt;
        }
        return labels[name] = new LabelDecl(b, s);
    }

    /// <summary>A goto's label if it is declared in this block or an enclosing one (a backward jump).</summary>
    private static LabeledStmt? GotoTarget(Dictionary<string, LabelDecl> labels, LabelBlock b, string name)
    {
        if (!labels.TryGetValue(name, out var l)) return null;
        l.Used = true; // even if it is not a valid target
        for (LabelBlock? p = b; p != null; p = p.Parent)
            if (l.Parent == p) return l.Stmt;
        return null;
    }

    /// <summary>break L / continue L: L must label an enclosing for, switch or select (for only, for continue).</summary>
    private void BranchToLabel(Dictionary<string, LabelDecl> labels, LabelBlock b, BranchStmt br, Name label)
    {
        if (br.Kind == BranchKind.Goto) return;
        string name = label.Value;
        string kind = br.Kind == BranchKind.Break ? "break" : "continue";
        if (!labels.TryGetValue(name, out var l))
        {
            Error(label.Pos, $"{kind} label not defined: {name}");
            return;
        }
        l.Used = true; // even if it is not a valid target
        LabeledStmt? target = null;
        for (LabelBlock? p = b; p != null; p = p.Parent)
            if (p.Labeled != null && ReferenceEquals(l.Stmt, p.Labeled)) { target = l.Stmt; break; }
        var inner = target?.Stmt;
        while (inner is LabeledStmt again) inner = again.Stmt;
        bool ok = br.Kind == BranchKind.Break
            ? inner is ForStmt or RangeStmt or SwitchStmt or TypeSwitchStmt or SelectStmt
            : inner is ForStmt or RangeStmt;
        if (!ok) Error(label.Pos, $"invalid {kind} label {name}");
    }
}
