using MiniGo.Compiler;

namespace MiniGo.Cli;

/// <summary>
/// <c>minigo diff [-gcflags=FLAGS] [--go PATH] FILE.go...|DIR</c>: the regression comparison
/// against the real compiler. Runs <c>go build -gcflags=FLAGS -o /dev/null</c> (Go 1.22, a
/// fresh build cache) and <c>minigo build -gcflags=FLAGS</c> on the same files from the same
/// working directory, so that both print the same paths, and prints <c>identical</c> (exit 0)
/// or a unified diff, Go's output as the expected side (exit 1). Exit 2: bad arguments, or no
/// usable Go.
/// </summary>
public static class DiffCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string wd) =>
        Run(args, stdout, stderr, wd, Environment.GetEnvironmentVariable("PATH"));

    /// <param name="pathVariable">the PATH searched for <c>go</c> (a parameter so that tests can
    /// put a stub first without changing the process's environment).</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string wd, string? pathVariable)
    {
        string? gcflags = null, go = null;
        var inputs = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a is "-gcflags" or "--gcflags" or "-go" or "--go")
            {
                if (++i >= args.Length) { stderr.WriteLine($"minigo diff: flag needs an argument: {a}"); return 2; }
                if (a.EndsWith("gcflags", StringComparison.Ordinal)) gcflags = args[i]; else go = args[i];
            }
            else if (a.StartsWith("-gcflags=", StringComparison.Ordinal) || a.StartsWith("--gcflags=", StringComparison.Ordinal)) gcflags = a[(a.IndexOf('=') + 1)..];
            else if (a.StartsWith("-go=", StringComparison.Ordinal) || a.StartsWith("--go=", StringComparison.Ordinal)) go = a[(a.IndexOf('=') + 1)..];
            else if (a.StartsWith('-')) { stderr.WriteLine($"minigo diff: unknown flag {a}"); return 2; }
            else inputs.Add(a);
        }
        if (inputs.Count == 0) { stderr.WriteLine("minigo diff: no Go files listed (FILE.go... or DIR)"); return 2; }

        var files = Files(inputs, wd, stderr);
        if (files == null) return 1;

        var toolchain = GoToolchain.Find(go, pathVariable, wd, out string? problem);
        if (toolchain == null) { stderr.WriteLine($"minigo diff: {problem}"); return 2; }

        var buildArgs = new List<string>();
        if (gcflags != null) buildArgs.Add("-gcflags=" + gcflags);
        buildArgs.AddRange(["-o", "/dev/null"]);
        buildArgs.AddRange(files);

        var (goExit, goOutput) = toolchain.Build(buildArgs, wd);
        var mgOut = new StringWriter { NewLine = "\n" };
        var mgErr = new StringWriter { NewLine = "\n" };
        int mgExit = CommandLine.Run(["build", .. buildArgs], mgOut, mgErr, wd);
        string miniGoOutput = mgOut.ToString() + mgErr;

        string flags = gcflags == null ? "" : $" -gcflags='{gcflags}'";
        if (goOutput == miniGoOutput)
        {
            if (goExit == mgExit)
            {
                stdout.WriteLine("identical");
                return 0;
            }
            stdout.WriteLine($"identical output, but go build exited with status {goExit} and minigo build with {mgExit}");
            return 1;
        }
        stdout.Write(UnifiedDiff.Format(goOutput, miniGoOutput, $"go build{flags} ({toolchain.Version}, exit status {goExit})", $"minigo build{flags} (exit status {mgExit})"));
        return 1;
    }

    /// <summary>
    /// The files to build, spelled as given: a directory stands for its .go files (not
    /// _test.go), listed one by one because <c>go build DIR</c> needs a module. Null after
    /// Go's message when an argument is missing.
    /// </summary>
    private static List<string>? Files(List<string> inputs, string wd, TextWriter stderr)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            string full = Path.GetFullPath(input, wd);
            if (Directory.Exists(full))
                files.AddRange(Directory.GetFiles(full, "*.go")
                    .Where(f => !f.EndsWith("_test.go", StringComparison.Ordinal))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => Path.Combine(input, Path.GetFileName(f))));
            else if (File.Exists(full)) files.Add(input);
            else { stderr.WriteLine($"stat {input}: no such file or directory"); return null; }
        }
        if (files.Count == 0) { stderr.WriteLine($"minigo diff: no Go files in {string.Join(" ", inputs)}"); return null; }
        return files;
    }
}
