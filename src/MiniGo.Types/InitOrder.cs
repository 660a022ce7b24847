using MiniGo.Syntax;

namespace MiniGo.Types;

/// <summary>
/// Initialization order of package-level variables, and the "initialization cycle" errors
/// (types2 initorder.go). While checking, every package-level declaration records which
/// package-level variables, constants and functions it refers to; functions are then
/// eliminated from the graph (their dependencies go to their dependents), and variables
/// and constants are taken in order of fewest outstanding dependencies. One still waiting
/// on others when taken lies on a cycle.
/// </summary>
public sealed partial class Checker
{
    // The package-level object whose declaration (or function body) is being checked.
    private Object? _currentDecl;
    private readonly Dictionary<Object, List<Object>> _deps = new(ReferenceEqualityComparer.Instance);

    private void AddDeclDep(Object to)
    {
        if (_currentDecl == null || to is not (Var or Const or Func) || to.Pkg != _pkg) return;
        if (to is Var { Kind: not VarKind.Package }) return;
        if (!_deps.TryGetValue(_currentDecl, out var list)) _deps[_currentDecl] = list = new();
        if (!list.Contains(to)) list.Add(to);
    }

    private IReadOnlyList<Object> DepsOf(Object o) => _deps.TryGetValue(o, out var l) ? l : [];

    private sealed class GraphNode(Object obj, int order)
    {
        public Object Obj { get; } = obj;
        public int Order { get; } = order;
        public HashSet<GraphNode> Pred { get; } = new();
        public HashSet<GraphNode> Succ { get; } = new();
        public int NDeps;
    }

    private void InitOrder()
    {
        var objects = _objOrder.Where(o => o is Var or Const || (o is Func f && f.Decl?.Recv == null))
            .Concat(_funcObjects.Values.Where(f => f.Decl?.Recv != null))
            .Distinct(ReferenceEqualityComparer.Instance).Cast<Object>().ToList();
        var nodes = new Dictionary<Object, GraphNode>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < objects.Count; i++) nodes[objects[i]] = new GraphNode(objects[i], i);
        foreach (var n in nodes.Values)
            foreach (var d in DepsOf(n.Obj))
                if (nodes.TryGetValue(d, out var dn)) { n.Succ.Add(dn); dn.Pred.Add(n); }

        // Eliminate functions, cheapest first.
        var funcs = nodes.Values.Where(n => n.Obj is Func).OrderBy(n => n.Pred.Count * n.Succ.Count).ToList();
        foreach (var n in funcs)
        {
            foreach (var p in n.Pred)
            {
                if (p == n) continue;
                foreach (var s in n.Succ)
                    if (s != n) { p.Succ.Add(s); s.Pred.Add(p); }
                p.Succ.Remove(n);
            }
            foreach (var s in n.Succ) s.Pred.Remove(n);
        }
        var queue = nodes.Values.Where(n => n.Obj is not Func).ToList();
        foreach (var n in queue) n.NDeps = n.Succ.Count;

        while (queue.Count > 0)
        {
            // Constants first, then fewest outstanding dependencies, then source order.
            var n = queue.OrderBy(x => x.Obj is Const ? 0 : 1).ThenBy(x => x.NDeps).ThenBy(x => x.Order).First();
            queue.Remove(n);
            if (n.NDeps > 0)
            {
                var cycle = FindPath(n.Obj, n.Obj, new HashSet<Object>(ReferenceEqualityComparer.Instance));
                if (cycle != null) ReportCycle(cycle);
            }
            foreach (var p in n.Pred) p.NDeps--;
        }
    }

    private List<Object>? FindPath(Object from, Object to, HashSet<Object> seen)
    {
        if (!seen.Add(from)) return null;
        foreach (var d in DepsOf(from))
        {
            if (ReferenceEquals(d, to)) return [d];
            if (FindPath(d, to, seen) is { } p)
            {
                p.Add(d);
                return p;
            }
        }
        return null;
    }

    private void ReportCycle(List<Object> cycle)
    {
        var obj = cycle[0];
        if (cycle.Count == 1)
        {
            Error(obj.Pos, $"initialization cycle: {obj.Name} refers to itself");
            return;
        }
        var msg = new System.Text.StringBuilder($"initialization cycle for {obj.Name}");
        for (int i = cycle.Count - 1; i >= 0; i--)
        {
            msg.Append($"\n\t{obj.Pos}: {obj.Name} refers to");
            obj = cycle[i];
        }
        msg.Append($"\n\t{obj.Pos}: {obj.Name}");
        Error(cycle[0].Pos, msg.ToString());
    }
}
