using System.Text;
using System.Text.Json;

namespace MiniGo.Escape;

/// <summary>Prints an <see cref="EscapeGraph"/> for students: text, Graphviz dot or JSON.</summary>
public static class GraphPrinter
{
    public static string Format(EscapeGraph g, string format) => format switch
    {
        "text" => FormatText(g),
        "dot" => FormatDot(g),
        "json" => FormatJson(g),
        _ => throw new ArgumentException($"unknown format {format} (text, dot or json)", nameof(format)),
    };

    /// <summary>-1 address-of, 0 copy, +1 load, +n n loads.</summary>
    public static string DerefText(int d) => d switch
    {
        < 0 => $"{d} (address-of)",
        0 => "0 (copy)",
        1 => "+1 (load)",
        _ => $"+{d} ({d} loads)",
    };

    private static string Attrs(EscapeLocation l)
    {
        var a = new List<string>();
        if (l.Escapes) a.Add("escapes");
        if (l.MovedToHeap) a.Add("moved-to-heap");
        if (l.Persists) a.Add("persists");
        if (l.Mutates) a.Add("mutates");
        if (l.Calls) a.Add("calls");
        return a.Count == 0 ? "-" : string.Join(",", a);
    }

    public static string FormatText(EscapeGraph g)
    {
        var sb = new StringBuilder();
        foreach (var b in g.Batches)
        {
            var byId = b.Locations.ToDictionary(l => l.Id);
            string N(int id) => byId.TryGetValue(id, out var l) ? (l.Kind is "heap" or "mutator" or "callee" ? l.Name : $"{l.Name}#{l.Id}") : $"#{id}";
            sb.Append($"batch {b.Index}: {string.Join(", ", b.Functions)}\n");
            sb.Append("  locations (id kind name function position loop-depth attributes):\n");
            foreach (var l in b.Locations)
                sb.Append($"    #{l.Id,-3} {l.Kind,-7} {l.Name}  {l.Function ?? "-"}  {l.Pos ?? "-"}  loop={l.LoopDepth}  {Attrs(l)}\n");
            sb.Append("  edges (dst <- src, derefs: -1 address-of, 0 copy, +1 load):\n");
            if (b.Edges.Count == 0) sb.Append("    (none)\n");
            foreach (var e in b.Edges)
                sb.Append($"    {N(e.Dst)} <- {N(e.Src)}  {DerefText(e.Derefs)}\n");
            sb.Append("  roots (who flows to the heap and to the results; smallest derefs):\n");
            foreach (var r in b.Reaches)
                sb.Append($"    {N(r.Root)}: {(r.Sources.Count == 0 ? "(nothing)" : string.Join(", ", r.Sources.Select(s => $"{N(s.Loc)} {s.Derefs}")))}\n");
            sb.Append("  decisions:\n");
            foreach (var l in b.Locations)
            {
                if (l.Verdict == null || l.Kind == "temp" || l.Kind == "alloc" && !l.Reported) continue;
                if (l.Kind == "result" && !l.Escapes) continue;
                sb.Append($"    {l.Pos ?? "-"}: {l.Name} ({l.Kind}): {l.Verdict}\n");
            }
            foreach (var v in b.FixedPointViolations)
                sb.Append($"  NOT A FIXED POINT: {v}\n");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string DotEscape(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"");

    public static string FormatDot(EscapeGraph g)
    {
        var sb = new StringBuilder("digraph escape {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n");
        sb.Append("  // edges point the way values flow (src -> dst); label: derefs (-1 address-of, 0 copy, +1 load)\n");
        foreach (var b in g.Batches)
        {
            sb.Append($"  subgraph cluster_{b.Index} {{\n    label=\"{DotEscape(string.Join(", ", b.Functions))}\";\n");
            foreach (var l in b.Locations)
            {
                string label = $"{l.Name}\\n{l.Kind}{(l.Function != null ? " in " + l.Function : "")}{(l.Pos != null ? "\\n" + l.Pos : "")}\\nloop={l.LoopDepth} {Attrs(l)}";
                string style = l.Kind is "heap" or "mutator" or "callee" ? "shape=ellipse, style=filled, fillcolor=gray80"
                    : l.Escapes ? "style=filled, fillcolor=lightpink"
                    : l.Kind == "temp" ? "style=dashed" : "style=filled, fillcolor=palegreen";
                sb.Append($"    b{b.Index}_{l.Id} [label=\"{DotEscape(label).Replace("\\\\n", "\\n")}\", {style}];\n");
            }
            foreach (var e in b.Edges)
                sb.Append($"    b{b.Index}_{e.Src} -> b{b.Index}_{e.Dst} [label=\"{(e.Derefs > 0 ? "+" : "")}{e.Derefs}\"{(e.Derefs < 0 ? ", color=red" : "")}];\n");
            sb.Append("  }\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>The graph and the -m messages as JSON, for tools. Serialized by the source
    /// generator (<see cref="GraphJsonContext"/>), not by reflection, so that the trimmed
    /// Native AOT build prints exactly what the JIT build prints.</summary>
    public static string FormatJson(EscapeGraph g)
    {
        var doc = new EscapeGraphJson(g.Batches, g.Messages.Select(m => m.ToString()).ToList());
        return JsonSerializer.Serialize(doc, GraphJsonContext.Default.EscapeGraphJson) + "\n";
    }
}
