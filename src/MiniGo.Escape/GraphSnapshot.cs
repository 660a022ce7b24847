using MiniGo.Ssa;
using MiniGo.Types;

namespace MiniGo.Escape;

// A read-only view of the escape analysis' location graph, for `minigo escape` and the tests.
// Nothing here changes the analysis: the analyzer runs batch by batch exactly as
// EscapeAnalysis.Run does, and after each batch its locations, edges and solved attributes are
// copied into the public records below.

/// <summary>The location graphs of every batch (one batch = one set of mutually recursive
/// functions, callees first) and the -m messages of the same run.</summary>
public sealed record EscapeGraph(List<EscapeGraphBatch> Batches, List<EscapeMessage> Messages)
{
    /// <summary>The part of the graph that belongs to function <paramref name="name"/> (its
    /// closures included): its locations, every edge touching them and the other end of those
    /// edges. Null when no batch analysed such a function.</summary>
    public EscapeGraph? Filter(string name)
    {
        var batches = new List<EscapeGraphBatch>();
        foreach (var b in Batches)
        {
            bool Mine(EscapeLocation l) => l.Function != null && (l.Function == name || l.TopFunction == name || l.FunctionFullName == name);
            var keep = b.Locations.Where(Mine).Select(l => l.Id).ToHashSet();
            if (keep.Count == 0) continue;
            var edges = b.Edges.Where(e => keep.Contains(e.Dst) || keep.Contains(e.Src)).ToList();
            foreach (var e in edges) { keep.Add(e.Dst); keep.Add(e.Src); }
            batches.Add(b with
            {
                Functions = b.Functions.Where(f => f == name || b.Locations.Any(l => l.Function == f && Mine(l))).ToList(),
                Locations = b.Locations.Where(l => keep.Contains(l.Id)).ToList(),
                Edges = edges,
                Reaches = b.Reaches.Where(r => keep.Contains(r.Root)).Select(r => r with { Sources = r.Sources.Where(s => keep.Contains(s.Loc)).ToList() }).ToList(),
            });
        }
        return batches.Count == 0 ? null : this with { Batches = batches, Messages = Messages.Where(m => batches.Any(b => b.Locations.Any(l => l.Pos == m.Pos.ToString()))).ToList() };
    }
}

/// <summary>One batch: its functions, locations (pseudo-locations first: {heap}, {mutator},
/// {callee}), incoming edges and, for each root ({heap} and the results), the locations that
/// reach it.</summary>
public sealed record EscapeGraphBatch(int Index, List<string> Functions, List<EscapeLocation> Locations, List<EscapeEdge> Edges, List<EscapeReach> Reaches, List<string> FixedPointViolations);

/// <summary>A location. Kind: heap, mutator, callee, var, param, result, alloc, temp.
/// Verdict: why it ended up where it did (for variables, parameters and allocation sites).</summary>
public sealed record EscapeLocation(
    int Id, string Kind, string Name, string? Function, string? FunctionFullName, string? TopFunction, string? Pos, int LoopDepth,
    bool Escapes, bool Persists, bool Mutates, bool Calls, bool MovedToHeap, bool Reported, string? HeapAllocReason,
    string? Leaks, string? Verdict);

/// <summary>An edge: the value of <see cref="Src"/> flows to <see cref="Dst"/> with
/// <see cref="Derefs"/> dereferences (-1: its address, 0: a copy, +1: a load through it).</summary>
public sealed record EscapeEdge(int Dst, int Src, int Derefs);

/// <summary>The locations that reach <see cref="Root"/>, with the smallest deref count of a path
/// (computed like the solver's walk: a negative count is clamped to 0 before going further).</summary>
public sealed record EscapeReach(int Root, List<EscapeReachSource> Sources);

public sealed record EscapeReachSource(int Loc, int Derefs);

/// <summary>Builds the <see cref="EscapeGraph"/> of a package.</summary>
public static class EscapeGraphs
{
    /// <summary>Runs the escape analysis and records its graph. With
    /// <paramref name="checkFixedPoint"/>, after each batch the solver's walk is run once more and
    /// every location whose attributes or leak summary change is listed in
    /// <see cref="EscapeGraphBatch.FixedPointViolations"/> (empty when the solver had converged).</summary>
    public static EscapeGraph Build(SsaProgram prog, Info info, bool checkFixedPoint = false)
        => new Analyzer(prog, info).RunWithGraph(checkFixedPoint);
}

internal sealed partial class Analyzer
{
    /// <summary>Run() with a snapshot of the graph after each batch.</summary>
    internal EscapeGraph RunWithGraph(bool checkFixedPoint)
    {
        var batches = new List<EscapeGraphBatch>();
        var tops = _prog.Functions.Where(f => f.Synthetic == "package initializer")
            .Concat(_prog.Functions.Where(f => f.Syntax is Syntax.Ast.FuncDecl)).ToList();
        foreach (var batch in BottomUp(tops))
        {
            AnalyzeBatch(batch);
            var snap = Snapshot(batches.Count, batch);
            if (checkFixedPoint) snap.FixedPointViolations.AddRange(RecheckFixedPoint());
            batches.Add(snap);
        }
        Messages.InsertRange(0, _devirt);
        return new EscapeGraph(batches, Messages);
    }

    private IEnumerable<Loc> GraphLocs() => new[] { _heap, _mutator, _callee }.Concat(_allLocs);

    /// <summary>Runs the solver's walk again over the solved graph; lists what changes.</summary>
    private List<string> RecheckFixedPoint()
    {
        var locs = GraphLocs().ToList();
        string State(Loc l) => $"{l.Attrs}|{Fmt(l.ParamEsc)}";
        var before = locs.Select(State).ToList();
        int lost = _resultsLost.Count;
        foreach (var l in locs) { l.Walkgen = -1; l.Queued = false; }
        WalkAll();
        var bad = new List<string>();
        for (int i = 0; i < locs.Count; i++)
        {
            string after = State(locs[i]);
            if (after != before[i]) bad.Add($"{LocName(locs[i])} at {locs[i].Pos}: {before[i]} -> {after}");
        }
        if (_resultsLost.Count != lost) bad.Add($"results lost: {lost} -> {_resultsLost.Count}");
        return bad;
    }

    private static string Fmt(Leaks l)
    {
        var parts = new List<int> { l.Heap, l.Mutator, l.Callee };
        for (int i = 0; i < Leaks.NumResults; i++) parts.Add(l.Result(i));
        return string.Join(",", parts);
    }

    private string LocName(Loc l) => l.Kind switch
    {
        LocKind.Heap => "{heap}",
        LocKind.Mutator => "{mutator}",
        LocKind.Callee => "{callee}",
        LocKind.Blank => "{blank}",
        LocKind.Var => l.Var!.Name,
        LocKind.Alloc => l.Text ?? ExprText(l.Node),
        _ when l.ResultIndex > 0 => ResultName(l),
        _ => l.Node != null ? $"tmp{l.Seq} ({ExprText(l.Node)})" : $"tmp{l.Seq}",
    };

    private static string ResultName(Loc l)
    {
        if (l.Var != null) return l.Var.Name;
        return $"~r{l.ResultIndex - 1}";
    }

    private static Function? Top(Function? f)
    {
        while (f?.Parent != null) f = f.Parent;
        return f;
    }

    private EscapeGraphBatch Snapshot(int index, List<Function> batch)
    {
        var locs = GraphLocs().ToList();
        var id = new Dictionary<Loc, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < locs.Count; i++) id[locs[i]] = i;
        var edges = new List<EscapeEdge>();
        foreach (var dst in locs)
            foreach (var (src, d, _) in dst.Edges)
                if (id.TryGetValue(src, out int s)) edges.Add(new EscapeEdge(id[dst], s, d));

        var reachCache = new Dictionary<Loc, (Dictionary<Loc, int> Dist, Dictionary<Loc, Loc> Next)>(ReferenceEqualityComparer.Instance);
        (Dictionary<Loc, int> Dist, Dictionary<Loc, Loc> Next) Reach(Loc root)
        {
            if (reachCache.TryGetValue(root, out var r)) return r;
            var dist = new Dictionary<Loc, int>(ReferenceEqualityComparer.Instance) { [root] = 0 };
            var next = new Dictionary<Loc, Loc>(ReferenceEqualityComparer.Instance);
            var todo = new Stack<Loc>();
            todo.Push(root);
            while (todo.Count > 0)
            {
                var l = todo.Pop();
                int derefs = Math.Max(dist[l], 0);
                foreach (var (src, ed, _) in l.Edges)
                {
                    int d = derefs + ed;
                    if (src == root || dist.TryGetValue(src, out int old) && old <= d) continue;
                    dist[src] = d; next[src] = l;
                    todo.Push(src);
                }
            }
            return reachCache[root] = (dist, next);
        }

        var roots = new List<Loc> { _heap };
        foreach (var f in batch.SelectMany(WithClosures))
            if (_results.TryGetValue(f, out var rs)) roots.AddRange(rs);
        var reaches = new List<EscapeReach>();
        foreach (var r in roots)
        {
            var (dist, _) = Reach(r);
            reaches.Add(new EscapeReach(id[r], dist.Where(kv => kv.Key != r && id.ContainsKey(kv.Key)).Select(kv => new EscapeReachSource(id[kv.Key], kv.Value))
                .OrderBy(s => s.Loc).ToList()));
        }

        string Path(Loc from, Loc root)
        {
            var (dist, next) = Reach(root);
            var sb = new System.Text.StringBuilder(LocName(from));
            var seen = new HashSet<Loc>(ReferenceEqualityComparer.Instance);
            for (var l = from; l != root && next.TryGetValue(l, out var n) && seen.Add(l); l = n)
            {
                int d = n.Edges.Where(e => e.Src == l).Select(e => e.Derefs).DefaultIfEmpty(0).Min();
                sb.Append($" -({d:+0;-0;0})-> {LocName(n)}");
            }
            return sb.ToString();
        }

        string FnName(Function? f) => f == null ? "?" : f.Name;

        string? Why(Loc l, out string? heapReason)
        {
            heapReason = HeapAllocReason(l);
            bool isVarLike = l.Kind is LocKind.Var or LocKind.Alloc || l.ResultIndex > 0;
            if (!isVarLike) return null;
            if (l.Kind == LocKind.Var && l.IsParam && !l.Has(Attr.Escapes))
                return "parameter: " + LeakText(l);
            if (l.ResultIndex > 0 && !l.Has(Attr.Escapes))
                return $"result of {FnName(l.Fn)}: it outlives the function's frame, so an address that flows here escapes";
            if (!l.Has(Attr.Escapes))
            {
                foreach (var r in roots.Skip(1))
                    if (r != l && Reach(r).Dist.TryGetValue(l, out int d))
                        return $"stays on the stack; reaches result {LocName(r)} of {FnName(r.Fn)} (derefs {d}), which does not outlive it: {Path(l, r)}";
                return "stays on the stack (nothing that outlives it holds its address)";
            }
            if (heapReason != null) return $"escapes: {heapReason}";
            if (Reach(_heap).Dist.TryGetValue(l, out int hd) && hd < 0)
                return $"escapes because its address reaches {{heap}}: {Path(l, _heap)}";
            foreach (var r in locs)
            {
                if (r == l || r.Kind is LocKind.Mutator or LocKind.Callee) continue;
                if (!r.Has(Attr.Escapes) && r.ResultIndex == 0 && r.LoopDepth >= l.LoopDepth && !ContainsClosure(r.Fn, l.Fn)) continue;
                if (!Reach(r).Dist.TryGetValue(l, out int d) || d >= 0 || !Outlives(r, l)) continue;
                if (r.ResultIndex > 0 && !r.Has(Attr.Escapes))
                    return $"escapes because its address reaches result {LocName(r)} of {FnName(r.Fn)}, which outlives {FnName(l.Fn)}'s frame: {Path(l, r)}";
                if (r.Has(Attr.Escapes))
                    return $"escapes because its address reaches {LocName(r)}, which escapes: {Path(l, r)}";
                if (ReferenceEquals(r.Fn, l.Fn) && r.LoopDepth < l.LoopDepth)
                    return $"escapes because its address is kept in {LocName(r)} (loop depth {r.LoopDepth}), which outlives one iteration (loop depth {l.LoopDepth}): {Path(l, r)}";
                return $"escapes because its address reaches {LocName(r)} of {FnName(r.Fn)}, which outlives the closure {FnName(l.Fn)}: {Path(l, r)}";
            }
            if (l.IsParam && l.Kind == LocKind.Var)
                return "escapes (a parameter whose address flows to the heap)";
            return "escapes: its address flows straight to {heap} (stored in a global, sent on a channel, "
                + "passed to a leaking parameter, ...; such flows set the attribute without keeping an edge)";
        }

        var list = new List<EscapeLocation>();
        foreach (var l in locs)
        {
            string kind = l.Kind switch
            {
                LocKind.Heap => "heap",
                LocKind.Mutator => "mutator",
                LocKind.Callee => "callee",
                LocKind.Blank => "blank",
                LocKind.Var when l.ResultIndex > 0 => "result",
                LocKind.Var when l.IsParam => "param",
                LocKind.Var => "var",
                LocKind.Alloc => "alloc",
                _ when l.ResultIndex > 0 => "result",
                _ => "temp",
            };
            bool moved = l.Kind == LocKind.Var && l.Var != null && l.Has(Attr.Escapes) && (_prog.Variables.InMemory(l.Var) || l.IsParam);
            string? verdict = Why(l, out var heapReason);
            if (moved) verdict = "moved to heap; " + verdict;
            bool pseudo = l.Kind is LocKind.Heap or LocKind.Mutator or LocKind.Callee or LocKind.Blank;
            list.Add(new EscapeLocation(
                id[l], kind, LocName(l), pseudo ? null : l.Fn?.Name, pseudo ? null : l.Fn?.FullName, pseudo ? null : Top(l.Fn)?.Name,
                pseudo || !l.Pos.IsKnown ? null : l.Pos.ToString(), l.LoopDepth,
                l.Has(Attr.Escapes), l.Has(Attr.Persists), l.Has(Attr.Mutates), l.Has(Attr.Calls), moved,
                l.Kind == LocKind.Alloc && l.Reported, heapReason,
                l.Kind == LocKind.Var && l.IsParam ? LeakText(l) : null, verdict));
        }
        return new EscapeGraphBatch(index, batch.SelectMany(WithClosures).Select(f => f.Name).ToList(), list, edges, reaches, new List<string>());
    }

    private string LeakText(Loc l)
    {
        var fn = l.Fn!;
        var esc = l.ParamEsc.Clone();
        esc.Optimize();
        if (!EscapeAnalysis.HasPointers(l.Var!.Type!)) return "does not escape (no pointers)";
        var parts = new List<string>();
        if (esc.Heap >= 0) parts.Add(esc.Heap == 0 ? "leaks to {heap} (level=0)" : $"its content leaks to {{heap}} (level={esc.Heap})");
        var res = fn.Signature.Results;
        for (int i = 0; i < Leaks.NumResults && i < res.Length; i++)
            if (esc.Result(i) >= 0)
                parts.Add($"leaks to result {(res.Vars[i].Name is "" ? $"~r{i}" : res.Vars[i].Name)} level={esc.Result(i)}");
        if (esc.Mutator >= 0) parts.Add($"mutated (derefs {esc.Mutator})");
        if (esc.Callee >= 0) parts.Add($"called (derefs {esc.Callee})");
        return parts.Count == 0 ? "does not escape" : string.Join("; ", parts);
    }
}
