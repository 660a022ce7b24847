using MiniGo.Cli.Html;
using MiniGo.Compiler;
using MiniGo.Escape;

namespace MiniGo.Cli;

/// <summary>
/// <c>minigo html FILE.go [-func NAME] [-o OUT.html] [--no-dot]</c>: one self-contained page
/// showing every pass of MiniGo side by side (see <see cref="HtmlPage"/>). Without -func the
/// page holds every function and a picker; without -o it is written to FILE.html in the
/// working directory (<c>-o -</c>: standard output).
/// </summary>
public static class HtmlCommand
{
    public const string Usage = """
          minigo html FILE.go [-func NAME] [-o OUT.html] [--no-dot]
                                  one self-contained HTML page with every pass side by
                                  side (source, syntax tree, SSA before and after
                                  promotion, escape graph and decisions, -m=2 lines);
                                  click anything to highlight it in every column.
                                  -func: only that function (default: all, with a
                                  picker); -o: the page's file (default FILE.html,
                                  - for standard output); --no-dot: draw the escape
                                  graph as tables even when Graphviz dot is installed
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string wd)
    {
        string? func = null, output = null;
        bool noDot = false;
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            string? Value(string flag)
            {
                if (++i < args.Length) return args[i];
                stderr.WriteLine($"minigo: flag needs an argument: {flag}");
                return null;
            }
            if (a is "-func" or "--func") { if ((func = Value("-func")) == null) return 2; }
            else if (a.StartsWith("-func=", StringComparison.Ordinal) || a.StartsWith("--func=", StringComparison.Ordinal)) func = a[(a.IndexOf('=') + 1)..];
            else if (a is "-o" or "--o") { if ((output = Value("-o")) == null) return 2; }
            else if (a.StartsWith("-o=", StringComparison.Ordinal)) output = a[3..];
            else if (a is "-no-dot" or "--no-dot") noDot = true;
            else if (a.StartsWith('-') && a != "-") { stderr.WriteLine($"minigo: unknown flag {a}"); return 2; }
            else files.Add(a);
        }
        if (files.Count != 1)
        {
            stderr.WriteLine("minigo: html takes one .go file");
            return 2;
        }
        var sources = SourceLoader.Load(files, wd);
        if (sources.Count != 1)
        {
            stderr.WriteLine("minigo: html takes one .go file");
            return 2;
        }
        var compilation = Compilation.Create(sources);
        if (!compilation.Success)
        {
            GoErrorPrinter.Write(compilation.Diagnostics, stderr);
            return 1;
        }

        var input = Passes(compilation, noDot ? GraphRenderer.None("--no-dot") : GraphRenderer.FromPath());
        string? only = null;
        if (func != null)
        {
            only = HtmlPage.FindFunction(input, func);
            if (only == null)
            {
                stderr.WriteLine($"minigo: no function {func} (have: {string.Join(", ", HtmlPage.FunctionNames(input))})");
                return 2;
            }
        }
        string page = HtmlPage.Build(input, only);
        if (output == "-")
        {
            stdout.Write(page);
            return 0;
        }
        output ??= Path.ChangeExtension(Path.GetFileName(files[0]), ".html");
        string path = Path.IsPathRooted(output) ? output : Path.Combine(wd, output);
        System.IO.File.WriteAllText(path, page);
        stdout.WriteLine($"minigo: wrote {output}");
        return 0;
    }

    /// <summary>Runs every pass the page shows. Each escape-analysis view runs the analysis
    /// afresh on the promoted SSA form (it is deterministic; the graph snapshot also sets each
    /// Alloc's heap flag, which the SSA column shows as new/local).</summary>
    public static PageInput Passes(Compilation compilation, GraphRenderer renderer)
    {
        var info = compilation.Checked!.Info;
        var ssa = compilation.Ssa()!;
        var naive = compilation.Ssa(naive: true)!;
        return Compilation.RunWithLargeStack(() =>
        {
            // -m=2 -l exactly as `minigo build -gcflags='-m=2 -l'` prints it.
            var messages = EscapeAnalysis.Run(ssa, info, explain: true);
            messages.AddRange(BoundsCheckElision.Messages(ssa, info));
            var reports = LocationReports.Where(ssa, info, p => p.IsKnown);
            var graph = EscapeGraphs.Build(ssa, info);
            var tree = compilation.SyntaxTrees[0];
            return new PageInput(tree.Source.Name, new SourceIndex(tree.Source), tree.Root!, info, ssa, naive, graph, messages, reports, renderer);
        });
    }
}
