using System.Text;

namespace MiniGo.Escape;

/// <summary>
/// `minigo explain`'s text: a <see cref="LocationReport"/> told for a student. Each step of a
/// path is one of Go's notes (which line, what the code does there, why that moves the value),
/// followed by what the flow leaves behind (which location now holds the value or its
/// address); the report ends with the decision and the reason it follows from the path.
/// </summary>
public static class PlainEnglish
{
    /// <param name="sourceLines">the file's lines, to quote the code of each step (optional).</param>
    public static string Format(LocationReport r, IReadOnlyList<string>? sourceLines = null)
    {
        var sb = new StringBuilder();
        sb.Append($"{r.Pos}: {r.Kind} {r.Name} (in {r.Function})\n");
        foreach (var m in r.Messages) sb.Append($"  Go says: {m}\n");
        sb.Append('\n');
        if (r.Paths.Count == 0)
        {
            sb.Append(r.Heap ? "Decision: heap.\n" : "Decision: stack.\n");
            sb.Append(r.Heap
                ? $"  {r.Name} escapes, but no single flow explains it (for example, a parameter moved to the heap because it is captured).\n"
                : r.Kind == "parameter"
                    ? $"  No path carries {r.Name} (what the caller passes) to anything that outlives {r.Function}, so callers may keep what it points to in their own stack frames.\n"
                : r.PointerFree && r.Kind != "allocation"
                    ? $"  Nothing that outlives {r.Function} ever gets the address of {r.Name}, so it lives in the stack frame of {r.Function}.\n"
                    : $"  No path carries {(r.Kind == "allocation" ? "its address" : $"the address of {r.Name}")} to anything that outlives {r.Function} (the heap, a result, a variable of an outer loop or function), so it can stay in the stack frame of {r.Function}.\n");
            return sb.ToString();
        }
        int n = 1;
        foreach (var p in r.Paths)
        {
            if (r.Paths.Count > 1) sb.Append($"Path {n++}: ");
            WritePath(sb, r, p, sourceLines, "");
            sb.Append('\n');
        }
        sb.Append(Decision(r));
        return sb.ToString();
    }

    private static void WritePath(StringBuilder sb, LocationReport r, FlowPath p, IReadOnlyList<string>? src, string indent)
    {
        sb.Append($"{indent}Go: \"{p.Headline}\"\n");
        foreach (var s in p.Steps)
        {
            foreach (var note in s.Notes)
            {
                string code = note.Pos.Line >= 1 && src != null && note.Pos.Line <= src.Count ? src[note.Pos.Line - 1].Trim() : "";
                bool goDefer = code.StartsWith("go ") || code.StartsWith("defer ");
                string what = note.Why is "assign" or "assign-pair" && s.Dst == "{heap}"
                    ? $"`{note.Where}` stores it where only the heap can hold it (a map element, a package-level variable, or memory reached through a pointer)"
                    : note.Where.StartsWith(".autotmp_") && note.Why == "captured by a closure"
                        ? $"Go wraps the call in a hidden function literal, which captures the copy {note.Where}"
                    : note.Why == "assign-pair" && note.Where.StartsWith(".autotmp_")
                        ? "the statement evaluates the call's arguments now, into hidden copies (" + note.Where + ")"
                    : goDefer && note.Where == "func literal" && note.Why == "spill"
                        ? $"the {(code.StartsWith("go ") ? "go" : "defer")} statement allocates its hidden function literal; what moves on from here is its address"
                    : Sentence(note);
                sb.Append($"{indent}  line {note.Pos.Line}: {what}\n");
                if (code != "") sb.Append($"{indent}      | {code}\n");
            }
            sb.Append($"{indent}    => {Holds(s)}\n");
        }
        sb.Append($"{indent}  {RootSentence(r, p)}\n");
        if (p.Then != null)
        {
            sb.Append($"{indent}  And {p.Root} escapes because:\n");
            WritePath(sb, r, p.Then, src, indent + "    ");
        }
    }

    /// <summary>What one note means (the "why" words of Go's escape analysis).</summary>
    public static string Sentence(FlowNote n) => n.Why switch
    {
        "address-of" => $"`{n.Where}` takes the address",
        "return" => $"`{n.Where}` returns it to the caller",
        "assign" or "assign-pair" => $"`{n.Where}` assigns it",
        "call parameter" => $"`{n.Where}` passes it as an argument",
        "spill" => $"`{n.Where}` allocates new storage; what moves on from here is its address",
        "captured by a closure" => $"the function literal uses `{n.Where}`, so the closure captures it",
        "reference" => "the closure assigns to it (or takes its address), so it captures it by reference: the closure holds its address",
        "interface-converted" => $"`{n.Where}` is converted to an interface value, which points to it",
        "key of map put" => $"`{n.Where}` stores into a map; everything stored in a map lives on the heap",
        "map literal key" or "map literal value" => $"`{n.Where}` puts it into a map",
        "slice-literal-element" => $"`{n.Where}` stores it in the slice's backing array",
        "struct literal element" => $"`{n.Where}` stores it in a field of the struct",
        "array literal element" => $"`{n.Where}` stores it in an element of the array",
        "dot of pointer" => $"`{n.Where}` reads through a pointer",
        "dot" => $"`{n.Where}` selects a field",
        "indirection" => $"`{n.Where}` dereferences a pointer",
        "fixed-array-index-of" => $"`{n.Where}` indexes an array",
        "slice" => $"`{n.Where}` slices it (the slice points into it)",
        "range" or "range-deref" => "the for loop copies each element into the loop variable",
        "send" => $"`{n.Where}` sends it on a channel; another goroutine may receive it, so it goes to the heap",
        "appendee slice" => $"`{n.Where}` may grow the slice: its elements are then copied to a new heap array",
        "appended slice..." or "copied slice" => $"`{n.Where}` copies the slice's elements",
        "too large for stack" => $"`{n.Where}` is too large for the stack (Go's limits: 10 MB for a variable, 64 KB for an implicit allocation)",
        "non-constant size" => $"`{n.Where}` has a size known only at run time, so it cannot be placed in the stack frame",
        "switch case" => $"`{n.Where}` binds it to the case's variable",
        "callee operand" => $"`{n.Where}` calls a function value that is not known statically",
        _ => $"`{n.Where}` ({n.Why})",
    };

    /// <summary>The location a flow fills and what it receives (derefs -1: an address).</summary>
    public static string Holds(FlowStep s) => s.Derefs switch
    {
        < 0 => $"{s.Dst} now holds the address of {s.Src}",
        0 => $"{s.Dst} now holds {s.Src} (a copy of its value)",
        1 => $"{s.Dst} now holds what {s.Src} points to",
        _ => $"{s.Dst} now holds a value {s.Derefs} pointer hops away from {s.Src}",
    };

    private static string RootSentence(LocationReport r, FlowPath p) => p.RootKind switch
    {
        RootKind.Heap => "The path ends at {heap}: memory that outlives every function call.",
        RootKind.Result => $"The path ends at {p.Root}, a result of the function: the caller still holds it after the function has returned and its stack frame is gone.",
        RootKind.OuterVariable => $"The path ends at {p.Root}, declared outside the loop: it keeps the value from one iteration to the next.",
        _ => $"The path ends at {p.Root}, which lives longer than {r.Name}.",
    };

    private static string Decision(LocationReport r)
    {
        bool heapRoot = r.Paths.Any(p => p.Headline.EndsWith("escapes to heap"));
        var sizeReason = r.Paths.SelectMany(p => p.Steps).SelectMany(s => s.Notes).FirstOrDefault(n => n.Why is "too large for stack" or "non-constant size");
        if (r.Heap && sizeReason != null)
            return sizeReason.Why == "too large for stack"
                ? $"Decision: heap. {r.Name} is too large for a stack frame, so Go puts it on the heap whatever the code does with it.\n"
                : $"Decision: heap. The size of {r.Name} is known only at run time, so it cannot be part of a stack frame: Go puts it on the heap.\n";
        if (r.Heap)
            return r.Kind == "allocation"
                ? $"Decision: heap. {r.Name} is allocated on the heap, because its address reaches a place that outlives the stack frame of {r.Function}.\n"
                : $"Decision: heap. {r.Name} is moved to the heap, because its address reaches a place that outlives the stack frame of {r.Function}.\n";
        if (r.Kind == "parameter")
        {
            var leaksHeap = r.Paths.Any(p => p.RootKind == RootKind.Heap);
            return leaksHeap
                ? $"Decision: {r.Name} itself stays where it is, but the value the caller passes leaks to the heap: callers must heap-allocate what they pass (\"leaking param\").\n"
                : $"Decision: {r.Name} itself stays where it is; its value only reaches a result, so each caller decides from what it does with that result.\n";
        }
        return heapRoot
            ? $"Decision: heap.\n"
            : $"Decision: stack. The paths above do not outlive {r.Function}, so {r.Name} stays in its stack frame.\n";
    }
}
