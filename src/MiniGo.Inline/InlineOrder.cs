using MiniGo.Syntax.Ast;
using MiniGo.Types;

namespace MiniGo.Inline;

/// <summary>
/// The order in which Go inlines the calls of one function (inline/interleaved/interleaved.go):
/// a first pass over the function's body, post-order (arguments before the call), then a FIFO
/// queue of the inlined calls, each of whose copies is walked in turn (its arguments, which may
/// hold earlier inlined calls, and its body). Go appends each inlinee's declarations to the
/// caller's when it inlines the call, so this order is the order escape analysis reports the
/// copies' variables in (<see cref="Var.InlinedDcl"/>).
/// </summary>
internal static class InlineOrder
{
    public static void Number(Node function, IReadOnlyDictionary<InlinedCallExpr, List<Var>> declared)
    {
        var numbered = new List<InlinedCallExpr>();
        var seen = new HashSet<InlinedCallExpr>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<InlinedCallExpr>();
        var closures = new List<FuncLit>();

        void Inline(InlinedCallExpr ic)
        {
            seen.Add(ic);
            numbered.Add(ic);
            queue.Enqueue(ic);
        }

        // Post-order: a node's children first, then the node. A call not yet inlined has only its
        // arguments walked before it is inlined; an inlined one has its copy walked as well.
        void Walk(Node n)
        {
            switch (n)
            {
                case FuncLit lit:
                    closures.Add(lit); // a function of its own, numbered on its own
                    return;
                case InlinedCallExpr ic when !seen.Contains(ic):
                    foreach (var s in ic.Init) WalkArguments(s);
                    Inline(ic);
                    return;
                case InlinedCallExpr ic:
                    foreach (var s in ic.Init) Walk(s);
                    Walk(ic.Body);
                    return;
                case RangeStmt r:
                    // Go's range children: X, Key, Value, Body.
                    Walk(r.X);
                    if (r.Key != null) Walk(r.Key);
                    if (r.Value != null) Walk(r.Value);
                    Walk(r.Body);
                    return;
            }
            foreach (var c in n.Children) Walk(c);
        }

        void WalkArguments(Stmt init)
        {
            if (init is AssignStmt a) foreach (var arg in a.Rhs) Walk(arg);
        }

        var body = function switch { FuncDecl fd => fd.Body, FuncLit fl => fl.Body, _ => function };
        if (body != null)
        {
            if (function is VarDecl vd) foreach (var v in vd.Values) Walk(v);
            else Walk(body);
        }
        while (queue.Count > 0)
        {
            var ic = queue.Dequeue();
            foreach (var s in ic.Init) Walk(s);
            Walk(ic.Body);
        }

        int seq = 0;
        foreach (var ic in numbered)
            if (declared.TryGetValue(ic, out var vars))
                foreach (var v in vars) v.InlinedDcl = ++seq;

        foreach (var lit in closures) Number(lit, declared);
    }
}
