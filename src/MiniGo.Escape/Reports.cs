using System.Text;
using MiniGo.Ssa;
using MiniGo.Syntax;
using MiniGo.Types;

namespace MiniGo.Escape;

/// <summary>Entry point of `minigo explain`: runs the analysis with -m=2's notes and returns
/// a <see cref="LocationReport"/> for every variable, parameter or allocation at a place.</summary>
public static class LocationReports
{
    /// <summary>Local variables used on the line: those whose address is taken there
    /// (<c>&amp;x</c>), or, with a column, the variable named at that column.</summary>
    private static List<Var> UsedVariables(SsaProgram prog, Info info, string file, int line, int? col)
    {
        var found = new List<Var>();
        foreach (var f in prog.Functions)
        {
            if (f.Syntax is not Syntax.Ast.FuncDecl fd) continue;
            foreach (var n in Walk(fd))
            {
                if (!n.Pos.IsKnown || n.Pos.Line != line || Path.GetFileName(n.Pos.File) != file) continue;
                Syntax.Ast.Name? nm = n switch
                {
                    Syntax.Ast.UnaryExpr { Op: Syntax.Ast.Operator.And, X: Syntax.Ast.Name x } when col == null || n.Pos.Col == col => x,
                    Syntax.Ast.Name x when col != null && n.Pos.Col == col => x,
                    _ => null,
                };
                if (nm != null && info.ObjectOf(nm) is Var v && v.Kind != VarKind.Package && !found.Contains(v)) found.Add(v);
            }
        }
        return found;
    }

    private static IEnumerable<Syntax.Ast.Node> Walk(Syntax.Ast.Node n)
    {
        yield return n;
        foreach (var c in n.Children)
            if (c != null)
                foreach (var d in Walk(c)) yield return d;
    }

    /// <summary>The reports of every variable, parameter and allocation whose position passes
    /// <paramref name="match"/>, from one run of the analysis (<c>minigo html</c> explains
    /// every location of a function at once).</summary>
    public static List<LocationReport> Where(SsaProgram prog, Info info, Func<Pos, bool> match)
    {
        var a = new Analyzer(prog, info, explain: true) { ReportFilter = match };
        a.Run();
        return WithMessages(a);
    }

    /// <param name="file">a file name as given (only its last path element is compared).</param>
    /// <param name="col">null: everything on the line.</param>
    public static List<LocationReport> At(SsaProgram prog, Info info, string file, int line, int? col)
    {
        string name = Path.GetFileName(file);
        bool Match(Pos p) => p.IsKnown && p.Line == line && (col == null || p.Col == col) && Path.GetFileName(p.File) == name;
        var a = new Analyzer(prog, info, explain: true) { ReportFilter = Match };
        a.Run();
        if (a.Reports.Count == 0)
        {
            // Not a declaration or an allocation: a use of a local variable (&x on that line,
            // or the name at that column) explains the variable.
            var vars = UsedVariables(prog, info, name, line, col);
            if (vars.Count > 0)
            {
                a = new Analyzer(prog, info, explain: true) { ReportFilter = p => vars.Any(v => v.Pos == p) };
                a.Run();
            }
        }
        return WithMessages(a);
    }

    /// <summary>Go's -m lines of each location: same position, not part of an explanation.</summary>
    private static List<LocationReport> WithMessages(Analyzer a)
    {
        return a.Reports.Select(r => r with
        {
            Messages = a.Messages.Where(m => m.Pos == r.Pos && !m.Text.StartsWith(' ') && !m.Text.EndsWith(':') && !m.Text.Contains(" capturing by ")).Select(m => m.Text).ToList(),
        }).OrderBy(r => r.Pos.Col).ToList();
    }
}

internal sealed partial class Analyzer
{
    /// <summary>Which locations to report: tested on a location's position and on where its
    /// expression starts (so <c>make</c> finds <c>make(...)</c>, which Go places at the '(').</summary>
    internal Func<Pos, bool>? ReportFilter;
    internal readonly List<LocationReport> Reports = new();

    /// <summary>After a batch: the reports of the locations the filter asks for (their Loc
    /// objects live only as long as the batch).</summary>
    private void CollectReports()
    {
        if (ReportFilter == null) return;
        foreach (var l in _allLocs)
        {
            bool subject = l.Kind == LocKind.Var && l.Var != null && l.ResultIndex == 0 && !l.Var.Name.StartsWith('.') || l.Kind == LocKind.Alloc && l.Reported;
            if (!subject || !(ReportFilter(l.Pos) || l.Node != null && ReportFilter(Start(l.Node, l.Pos)))) continue;
            if (IsStaticData(l)) continue;
            string kind = l.Kind == LocKind.Alloc ? "allocation" : l.IsParam ? "parameter" : "variable";
            var recorded = _paths.GetValueOrDefault(l) ?? new();
            var ids = new Dictionary<Loc, int>(ReferenceEqualityComparer.Instance);
            var paths = recorded.Select(p => ToFlowPath(p, l, ids, new HashSet<Loc>(ReferenceEqualityComparer.Instance) { l })).ToList();
            bool pointerFree = l.Var?.Type is { } t && !EscapeAnalysis.HasPointers(t);
            Reports.Add(new LocationReport(kind, LocNodeText(l), l.Pos, l.Fn != null ? GoFuncName(l.Fn) : "?", l.Has(Attr.Escapes), pointerFree,
                new List<string>(), paths, Dot(l, WithRootPaths(recorded, l), ids)));
        }
    }

    /// <summary>A recorded path as data; if its root escapes because of its own path (a closure
    /// that is returned, say), that path follows as <see cref="FlowPath.Then"/>.</summary>
    private FlowPath ToFlowPath(RecordedPath p, Loc subject, Dictionary<Loc, int> ids, HashSet<Loc> seen)
    {
        var steps = p.Steps.Select(s => new FlowStep(ExplainLoc(s.Dst), ExplainLoc(s.Src), s.Derefs, Notes(s.Notes), Id(ids, s.Dst), Id(ids, s.Src))).ToList();
        FlowPath? then = null;
        if (p.Root != _heap && p.Root.ResultIndex == 0 && seen.Add(p.Root) && _paths.TryGetValue(p.Root, out var rootPaths) && rootPaths.Count > 0)
            then = ToFlowPath(rootPaths[0], p.Root, ids, seen);
        return new FlowPath(p.Headline, ExplainLoc(p.Root), RootKindOf(p.Root, subject), steps, then);
    }

    /// <summary>The recorded paths and, following the roots as ToFlowPath does, their roots' paths.</summary>
    private List<RecordedPath> WithRootPaths(List<RecordedPath> recorded, Loc subject)
    {
        var all = new List<RecordedPath>();
        foreach (var p in recorded)
        {
            var seen = new HashSet<Loc>(ReferenceEqualityComparer.Instance) { subject };
            for (var q = p; q != null;)
            {
                all.Add(q);
                var root = q.Root;
                q = root != _heap && root.ResultIndex == 0 && seen.Add(root) && _paths.TryGetValue(root, out var rp) && rp.Count > 0 ? rp[0] : null;
            }
        }
        return all;
    }

    private static int Id(Dictionary<Loc, int> ids, Loc l)
    {
        if (!ids.TryGetValue(l, out int id)) ids[l] = id = ids.Count;
        return id;
    }

    private static List<FlowNote> Notes(Note? n)
    {
        var list = new List<FlowNote>();
        for (; n != null; n = n.Next) list.Add(new FlowNote(n.Where, n.Why, n.Pos));
        return list;
    }

    private RootKind RootKindOf(Loc root, Loc subject)
    {
        if (root == _heap) return RootKind.Heap;
        if (root.ResultIndex > 0) return RootKind.Result;
        if (root.Kind == LocKind.Var && ReferenceEquals(root.Fn, subject.Fn) && root.LoopDepth < subject.LoopDepth) return RootKind.OuterVariable;
        return RootKind.Other;
    }

    /// <summary>The batch's location graph around the subject (its function's locations, the
    /// heap, and every location of its paths) in Graphviz form; the paths' flows in red.</summary>
    private string Dot(Loc subject, List<RecordedPath> paths, Dictionary<Loc, int> ids)
    {
        var top = subject.SortFn;
        var nodes = new List<Loc> { _heap };
        nodes.AddRange(_allLocs.Where(l => l.SortFn == top && ReferenceEquals(TopOf(l.Fn), TopOf(subject.Fn))));
        foreach (var p in paths) foreach (var s in p.Steps) { nodes.Add(s.Dst); nodes.Add(s.Src); }
        nodes = nodes.Distinct(ReferenceEqualityComparer.Instance).Cast<Loc>().ToList();
        foreach (var n in nodes) Id(ids, n);
        var onPath = new HashSet<(Loc, Loc)>();
        foreach (var p in paths) foreach (var s in p.Steps) onPath.Add((s.Dst, s.Src));

        var sb = new StringBuilder();
        sb.Append("digraph escape {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n");
        foreach (var n in nodes.OrderBy(n => ids[n]))
        {
            string label = Quote(ExplainLoc(n) + (n.Pos.IsKnown ? $"\\n{n.Pos.Line}:{n.Pos.Col}" : ""));
            string style = n == subject ? ", style=\"bold,filled\", fillcolor=\"#ffe08a\""
                : n == _heap ? ", style=filled, fillcolor=\"#f4b6b6\""
                : n.Has(Attr.Escapes) ? ", style=filled, fillcolor=\"#fbe3e3\"" : "";
            sb.Append($"  n{ids[n]} [label={label}{style}];\n");
        }
        var drawn = new HashSet<(Loc, Loc)>();
        foreach (var dst in nodes)
            foreach (var e in dst.Edges)
            {
                if (!ids.ContainsKey(e.Src) || !nodes.Contains(e.Src)) continue;
                bool hot = onPath.Contains((dst, e.Src));
                if (hot) drawn.Add((dst, e.Src));
                sb.Append($"  n{ids[e.Src]} -> n{ids[dst]} [label=\"{DerefLabel(e.Derefs)}\"{(hot ? ", color=red, penwidth=2" : ", color=gray50")}];\n");
            }
        // Flows joined across MiniGo's own temporaries have no single edge: draw them dashed.
        foreach (var p in paths)
            foreach (var s in p.Steps)
                if (drawn.Add((s.Dst, s.Src)))
                    sb.Append($"  n{ids[s.Src]} -> n{ids[s.Dst]} [label=\"{DerefLabel(s.Derefs)}\", color=red, penwidth=2, style=dashed];\n");
        sb.Append("}\n");
        return sb.ToString();
    }

    private static Function? TopOf(Function? f)
    {
        while (f?.Parent != null) f = f.Parent;
        return f;
    }

    private static string DerefLabel(int d) => d < 0 ? "&" : d == 0 ? "=" : new string('*', d);

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\\\\n", "\\n") + "\"";
}
