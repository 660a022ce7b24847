using MiniGo.Compiler;
using MiniGo.Syntax;

namespace MiniGo.Cli;

/// <summary>
/// The files of the commands that show one file's pass (<c>tokens</c>, <c>ast</c>): one file,
/// several, or a directory, each shown under a <c>==&gt; NAME &lt;==</c> header when there is
/// more than one (as <c>head</c> and <c>tail</c> do).
/// </summary>
internal static class SourceFiles
{
    /// <summary>Loads the files; null after a message when none is named.</summary>
    public static List<SourceFile>? Load(string[] args, string command, TextWriter stderr, string wd)
    {
        foreach (var a in args)
            if (a.StartsWith('-')) { stderr.WriteLine($"minigo {command}: unknown flag {a}"); return null; }
        if (args.Length == 0) { stderr.WriteLine($"minigo {command}: no Go files listed (FILE.go..., or DIR)"); return null; }
        var files = SourceLoader.Load(args, wd);
        if (files.Count == 0) { stderr.WriteLine($"minigo {command}: no Go files in {string.Join(" ", args)}"); return null; }
        return files;
    }

    /// <summary>Runs <paramref name="show"/> on each file; with several, each under a header.
    /// The errors of all files are printed at the end, as go build prints them (on standard
    /// error); exit status 1 then.</summary>
    public static int ShowEach(List<SourceFile> files, TextWriter stdout, TextWriter stderr, Func<SourceFile, IEnumerable<Diagnostic>> show)
    {
        var errors = new List<Diagnostic>();
        foreach (var file in files)
        {
            if (files.Count > 1) stdout.WriteLine($"==> {file.Name} <==");
            errors.AddRange(show(file));
        }
        if (errors.Count == 0) return 0;
        GoErrorPrinter.Write(errors, stderr);
        return 1;
    }
}
