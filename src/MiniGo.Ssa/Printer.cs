using System.Text;
using MiniGo.Types;

namespace MiniGo.Ssa;

/// <summary>
/// The text form of go/ssa (Function.WriteTo): header comments, the signature, then each block
/// with its comment, predecessors and successors on the right, and each value instruction with
/// its type right-aligned at column 80 ("punchcard" in go/ssa).
/// </summary>
public static class Printer
{
    private const int Punchcard = 80;

    public static string Format(Function f)
    {
        var sb = new StringBuilder();
        foreach (var line in Lines(f)) sb.Append(line.Text).Append('\n');
        return sb.ToString();
    }

    /// <summary>One line of <see cref="Format"/>'s text (without its newline), with the block
    /// or instruction it shows, so that a viewer (<c>minigo html</c>) can link each line to
    /// the SSA value it defines. <see cref="Format"/> is exactly these lines joined.</summary>
    public sealed record PrintedLine(string Text, BasicBlock? Block = null, Instruction? Instr = null);

    public static IEnumerable<PrintedLine> Lines(Function f)
    {
        yield return new("# Name: " + f.FullName);
        yield return new("# Package: main");
        if (f.Synthetic != "") yield return new("# Synthetic: " + f.Synthetic);
        if (f.Pos.IsKnown) yield return new("# Location: " + f.Pos);
        if (f.Parent != null) yield return new("# Parent: " + f.Parent.Name);
        if (f.FreeVars.Count > 0)
        {
            yield return new("# Free variables:");
            for (int i = 0; i < f.FreeVars.Count; i++)
                yield return new($"# {i,3}:\t{f.FreeVars[i].Name} {f.FreeVars[i].Type}");
        }
        if (f.Locals.Count > 0)
        {
            yield return new("# Locals:");
            for (int i = 0; i < f.Locals.Count; i++)
                yield return new($"# {i,3}:\t{f.Locals[i].Name} {f.Locals[i].Elem}", Instr: f.Locals[i]);
        }
        yield return new(Signature(f) + ":");
        if (f.Blocks.Count == 0) yield return new("\t(external)");
        foreach (var b in f.Blocks)
        {
            string label = $"{b.Index}:";
            string msg = $"{b.Comment} P:[{string.Join(" ", b.Preds.Select(p => p.Index))}] S:[{string.Join(" ", b.Succs.Select(s => s.Index))}]";
            yield return new(label + new string(' ', Math.Max(1, Punchcard - 1 - label.Length - msg.Length)) + msg, Block: b);
            foreach (var instr in b.Instrs) yield return new("\t" + Line(instr), b, instr);
        }
        yield return new("");
    }

    private static string Line(Instruction instr)
    {
        if (!instr.IsValue) return instr.Render();
        string text = $"{instr.Name} = {instr.Render()}";
        string type = instr.Type.ToString();
        int pad = Punchcard - 8 - text.Length - type.Length - 2;
        return text + " " + new string(' ', Math.Max(0, pad)) + type;
    }

    /// <summary><c>func f(x int) int</c>, or <c>func (a *acc) Add(n int)</c> for a method.</summary>
    public static string Signature(Function f)
    {
        var sb = new StringBuilder("func ");
        var ps = f.Params.AsEnumerable();
        string name = f.Name;
        if (f.Signature.Recv != null && f.Params.Count > 0)
        {
            sb.Append('(').Append(f.Params[0].Name).Append(' ').Append(f.Params[0].Type).Append(") ");
            ps = ps.Skip(1);
            name = f.Object?.Name ?? name;
        }
        var list = ps.ToList();
        // A variadic last parameter prints as go/types does: `xs ...int`, not `xs []int`.
        string Param(Parameter p) =>
            f.Signature.Variadic && p == list[^1] && p.Type is Types.Slice s ? $"{p.Name} ...{s.Elem}" : $"{p.Name} {p.Type}";
        sb.Append(name).Append('(').Append(string.Join(", ", list.Select(Param))).Append(')');
        var results = f.Signature.Results;
        if (results.Length == 1 && results.Vars[0].Name == "") sb.Append(' ').Append(results[0]);
        else if (results.Length > 0) sb.Append(' ').Append(results);
        return sb.ToString();
    }

    /// <summary>The control-flow graph for Graphviz: one box per block listing its instructions.</summary>
    public static string FormatDot(Function f)
    {
        var sb = new StringBuilder();
        sb.Append($"digraph \"{Escape(f.FullName)}\" {{\n");
        sb.Append("\tlabel=\"").Append(Escape(Signature(f))).Append("\";\n");
        sb.Append("\tnode [shape=box fontname=\"monospace\"];\n");
        AppendBlocks(sb, f, "\t", "b");
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>One node per block (its instructions, left-aligned) and the control-flow edges.</summary>
    private static void AppendBlocks(StringBuilder sb, Function f, string indent, string prefix)
    {
        foreach (var b in f.Blocks)
        {
            var lines = new List<string> { $"{b.Index}: {b.Comment}" };
            lines.AddRange(b.Instrs.Select(i => i.ToString()));
            sb.Append($"{indent}{prefix}{b.Index} [label=\"{string.Join("\\l", lines.Select(Escape))}\\l\"];\n");
        }
        foreach (var b in f.Blocks)
            for (int i = 0; i < b.Succs.Count; i++)
            {
                string attr = b.Last is If ? (i == 0 ? " [label=\"true\"]" : " [label=\"false\"]") : "";
                sb.Append($"{indent}{prefix}{b.Index} -> {prefix}{b.Succs[i].Index}{attr};\n");
            }
    }

    /// <summary>
    /// Several functions as ONE Graphviz document (a file may hold only one graph for
    /// <c>dot -Tsvg</c>): a cluster per function, labelled with its signature, its blocks'
    /// node names prefixed with the function's number so that they stay distinct.
    /// </summary>
    public static string FormatDot(IReadOnlyList<Function> functions)
    {
        if (functions.Count == 1) return FormatDot(functions[0]);
        var sb = new StringBuilder("digraph \"ssa\" {\n");
        sb.Append("\tnode [shape=box fontname=\"monospace\"];\n");
        for (int n = 0; n < functions.Count; n++)
        {
            sb.Append($"\tsubgraph \"cluster_{n}\" {{\n");
            sb.Append("\t\tlabel=\"").Append(Escape(Signature(functions[n]))).Append("\";\n");
            AppendBlocks(sb, functions[n], "\t\t", $"f{n}_b");
            sb.Append("\t}\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"");
}
