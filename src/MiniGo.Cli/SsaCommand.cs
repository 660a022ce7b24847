using MiniGo.Compiler;

namespace MiniGo.Cli;

/// <summary>
/// <c>minigo ssa FILE.go... [-func NAME] [--format text|dot] [--naive]</c>: the SSA form,
/// function by function, in go/ssa's text style, or as ONE Graphviz document (a cluster per
/// function) that <c>dot -Tsvg</c> accepts.
/// </summary>
public static class SsaCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string wd)
    {
        var options = CommandLine.ParsePassArgs(args, stderr, allowNaive: true, "text", "dot");
        if (options == null) return 2;
        var compilation = CommandLine.CompileOrReport(options.Files, stdout, stderr, wd, out int status);
        if (compilation == null) return status;
        MiniGo.Ssa.SsaProgram program;
        try { program = compilation.Ssa(options.Naive)!; }
        catch (NotSupportedException e) { return CommandLine.Fail(stderr, $"minigo: {e.Message}"); }
        // Escape analysis decides each Alloc's place: it sets Alloc.Heap, which the printer
        // shows as `new` (heap) or `local` (stack frame). It runs on the promoted form only,
        // so in --naive form every Alloc still prints `local`.
        if (!options.Naive)
            Compilation.RunWithLargeStack(() => MiniGo.Escape.EscapeAnalysis.Run(program, compilation.Checked!.Info));
        var functions = program.AllFunctions().ToList();
        if (options.Func != null)
        {
            var f = program.Lookup(options.Func);
            if (f == null) return CommandLine.Fail(stderr, $"minigo: no function {options.Func} (have: {string.Join(", ", functions.Select(x => x.Name))})");
            functions = [f];
        }
        if (options.Format == "dot")
            stdout.Write(MiniGo.Ssa.Printer.FormatDot(functions));
        else
            foreach (var f in functions) stdout.Write(MiniGo.Ssa.Printer.Format(f));
        return 0;
    }
}
