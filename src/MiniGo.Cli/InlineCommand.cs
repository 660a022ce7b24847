using System.Text;
using MiniGo.Compiler;
using MiniGo.Inline;
using MiniGo.Syntax;

namespace MiniGo.Cli;

public static partial class CommandLine
{
    /// <summary>
    /// <c>minigo inline FILE.go [-func NAME]</c>: why each function is or is not inlinable, in
    /// numbers (Go's cost model, statement by statement), and what was inlined where.
    /// </summary>
    private static int Inline(string[] args, TextWriter stdout, TextWriter stderr, string wd)
    {
        var options = ParsePassArgs(args, stderr, allowNaive: false, "text");
        if (options == null) return 2;
        var compilation = CompileOrReport(options.Files, stdout, stderr, wd, out int status);
        if (compilation == null) return status;
        var roots = compilation.SyntaxTrees.Select(t => t.Root!).ToList();
        var funcs = Compilation.RunWithLargeStack(() => Inliner.Explain(compilation.Checked!, roots));
        if (options.Func != null)
        {
            funcs = funcs.Where(f => f.Name == options.Func).ToList();
            if (funcs.Count == 0)
                return Fail(stderr, $"minigo: no function {options.Func}");
        }
        var sources = roots.ToDictionary(r => r.Source.Name, r => r.Source.Text.Split('\n'));
        stdout.Write(FormatInlining(funcs, sources));
        return 0;
    }

    /// <summary>The text of <c>minigo inline</c>.</summary>
    public static string FormatInlining(IReadOnlyList<FunctionInlining> funcs, IReadOnlyDictionary<string, string[]> sources)
    {
        var sb = new StringBuilder();
        foreach (var f in funcs)
        {
            string verdict = f.CanInline ? $"can inline (cost {f.Cost} <= budget 80)" : $"cannot inline: {f.Reason}";
            sb.Append($"{f.Name} ({Where(f.Pos)}): {verdict}\n");
            if (f.Big) sb.Append("  big function (5000 IR nodes or more): only callees costing 20 or less are inlined into it\n");
            if (f.Report is { } r)
            {
                sb.Append(f.Reason == "recursive"
                    ? $"  Go does not cost a self-recursive function; its body would cost {r.Cost} of budget {r.Budget}\n"
                    : $"  cost {r.Cost} of budget {r.Budget}\n");
                foreach (var st in r.Statements)
                {
                    sb.Append($"    {st.Cost,4}  line {st.Pos.Line}: {SourceLine(sources, st.Pos)}\n");
                    foreach (var n in r.Notes.Where(n => NoteIn(n, st, r.Statements)))
                        sb.Append($"          {(n.Cost > 0 ? "+" + n.Cost : " ")}  {n.Text}\n");
                }
            }
            if (f.Sites.Count > 0)
            {
                sb.Append("  inlined into it:\n");
                foreach (var s in f.Sites)
                    sb.Append($"    {new string(' ', 2 * s.Depth)}{Where(s.Pos)}: {s.Callee}{(s.DevirtualizedTo != null ? $" (devirtualized to {s.DevirtualizedTo})" : "")}{(s.Depth > 0 ? " (inside an inlined body)" : "")}\n");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Where(Pos p) => p.Col == 0 ? $"{p.File}:{p.Line}" : p.ToString();

    /// <summary>A note belongs to the last statement starting at or before it.</summary>
    private static bool NoteIn(CostNote n, StatementCost st, IReadOnlyList<StatementCost> all)
    {
        var owner = all.LastOrDefault(s => s.Pos.File == n.Pos.File && Pos.Compare(s.Pos, n.Pos) <= 0);
        return ReferenceEquals(owner, st);
    }

    private static string SourceLine(IReadOnlyDictionary<string, string[]> sources, Pos p) =>
        sources.TryGetValue(p.File, out var lines) && p.Line >= 1 && p.Line <= lines.Length ? lines[p.Line - 1].Trim() : "";
}
