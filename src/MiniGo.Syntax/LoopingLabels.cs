using MiniGo.Syntax.Ast;

namespace MiniGo.Syntax;

/// <summary>
/// Go's escape analysis treats a label that a later <c>goto</c> jumps back to as the head of a
/// loop (escape.go walkFunc: "Identify labels that mark the head of an unstructured loop"):
/// from the label to the end of the enclosing block the loop depth is one more, exactly as
/// inside a <c>for</c> body. Go visits the function body in source order and calls a label
/// "looping" when a goto naming it comes after it; function literals are functions of their own.
/// </summary>
public static class LoopingLabels
{
    /// <summary>The looping labels of one function body (not looking into function literals).</summary>
    public static HashSet<LabeledStmt> Of(BlockStmt body)
    {
        var seen = new Dictionary<string, LabeledStmt>();
        var looping = new HashSet<LabeledStmt>(ReferenceEqualityComparer.Instance);
        void Visit(Node n)
        {
            switch (n)
            {
                case FuncLit: return;
                case LabeledStmt ls when ls.Label.Value != "_":
                    seen[ls.Label.Value] = ls;
                    break;
                case BranchStmt { Kind: BranchKind.Goto, Label: { } l } when seen.TryGetValue(l.Value, out var target):
                    looping.Add(target);
                    break;
            }
            foreach (var c in n.Children)
                if (c != null) Visit(c);
        }
        Visit(body);
        return looping;
    }

    /// <summary>
    /// The loop depth that looping labels add at each statement of a function body. A looping
    /// label adds one from itself to the end of the innermost enclosing if/else branch, loop
    /// body, case clause or function body (escape's <c>block</c> restores the depth there); a
    /// plain <c>{ }</c> block does not end it (Go's <c>stmts</c> of an OBLOCK keeps it).
    /// </summary>
    public static Dictionary<Stmt, int> ExtraDepths(BlockStmt body)
    {
        var looping = Of(body);
        var depths = new Dictionary<Stmt, int>(ReferenceEqualityComparer.Instance);
        if (looping.Count == 0) return depths; // no statement gets more depth
        int List(IEnumerable<Stmt> list, int extra)
        {
            foreach (var s in list) extra = Stmt(s, extra);
            return extra;
        }
        int Stmt(Stmt s, int extra)
        {
            if (s is LabeledStmt ls && looping.Contains(ls)) extra++;
            depths[s] = extra;
            switch (s)
            {
                case LabeledStmt l: return Stmt(l.Stmt, extra);
                case BlockStmt b: return List(b.List, extra);
                case IfStmt i:
                    if (i.Init != null) Stmt(i.Init, extra);
                    List(i.Then.List, extra);
                    if (i.Else != null) Block(i.Else, extra);
                    break;
                case ForStmt f:
                    if (f.Init != null) Stmt(f.Init, extra);
                    if (f.Post != null) Stmt(f.Post, extra);
                    List(f.Body.List, extra);
                    break;
                case RangeStmt r: List(r.Body.List, extra); break;
                case SwitchStmt sw:
                    if (sw.Init != null) Stmt(sw.Init, extra);
                    foreach (var c in sw.Clauses) List(c.Body, extra);
                    break;
                case TypeSwitchStmt ts:
                    if (ts.Init != null) Stmt(ts.Init, extra);
                    foreach (var c in ts.Clauses) List(c.Body, extra);
                    break;
                case SelectStmt sel:
                    foreach (var c in sel.Clauses)
                    {
                        if (c.Comm != null) Stmt(c.Comm, extra);
                        List(c.Body, extra);
                    }
                    break;
            }
            // Inlined bodies run where their call stands; escape walks them with stmts, which
            // keeps the depth a looping label inside adds (no block ends it).
            foreach (var ic in InlinedCallsOf(s)) extra = List(ic.Init.AddRange(ic.Body.List), extra);
            return extra;
        }
        // The inlined calls in a statement's own expressions (not in its nested statements).
        IEnumerable<InlinedCallExpr> InlinedCallsOf(Node n)
        {
            foreach (var c in n.Children)
            {
                if (c is InlinedCallExpr ic) { foreach (var inner in InlinedCallsOf(ic)) yield return inner; yield return ic; }
                else if (c is not (Ast.Stmt or FuncLit or CaseClause))
                    foreach (var x in InlinedCallsOf(c)) yield return x;
            }
        }
        void Block(Stmt s, int extra)
        {
            if (s is BlockStmt b) { depths[b] = extra; List(b.List, extra); }
            else Stmt(s, extra); // else if
        }
        List(body.List, 0);
        return depths;
    }
}
