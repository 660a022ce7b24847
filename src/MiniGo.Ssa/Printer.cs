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
        sb.Append("# Name: ").Append(f.FullName).Append('\n');
        sb.Append("# Package: main\n");
        if (f.Synthetic != "") sb.Append("# Synthetic: ").Append(f.Synthetic).Append('\n');
        if (f.Pos.IsKnown) sb.Append("# Location: ").Append(f.Pos).Append('\n');
        if (f.Parent != null) sb.Append("# Parent: ").Append(f.Parent.Name).Append('\n');
        if (f.FreeVars.Count > 0)
        {
            sb.Append("# Free variables:\n");
            for (int i = 0; i < f.FreeVars.Count; i++)
                sb.Append($"# {i,3}:\t{f.FreeVars[i].Name} {f.FreeVars[i].Type}\n");
        }
        if (f.Locals.Count > 0)
        {
            sb.Append("# Locals:\n");
            for (int i = 0; i < f.Locals.Count; i++)
                sb.Append($"# {i,3}:\t{f.Locals[i].Name} {f.Locals[i].Elem}\n");
        }
        sb.Append(Signature(f)).Append(":\n");
        if (f.Blocks.Count == 0) sb.Append("\t(external)\n");
        foreach (var b in f.Blocks)
        {
            string label = $"{b.Index}:";
            string msg = $"{b.Comment} P:[{string.Join(" ", b.Preds.Select(p => p.Index))}] S:[{string.Join(" ", b.Succs.Select(s => s.Index))}]";
            sb.Append(label).Append(' ', Math.Max(1, Punchcard - 1 - label.Length - msg.Length)).Append(msg).Append('\n');
            foreach (var instr in b.Instrs) sb.Append('\t').Append(Line(instr)).Append('\n');
        }
        sb.Append('\n');
        return sb.ToString();
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
        foreach (var b in f.Blocks)
        {
            var lines = new List<string> { $"{b.Index}: {b.Comment}" };
            lines.AddRange(b.Instrs.Select(i => i.ToString()));
            sb.Append($"\tb{b.Index} [label=\"{string.Join("\\l", lines.Select(Escape))}\\l\"];\n");
        }
        foreach (var b in f.Blocks)
            for (int i = 0; i < b.Succs.Count; i++)
            {
                string attr = b.Last is If ? (i == 0 ? " [label=\"true\"]" : " [label=\"false\"]") : "";
                sb.Append($"\tb{b.Index} -> b{b.Succs[i].Index}{attr};\n");
            }
        sb.Append("}\n");
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"");
}
