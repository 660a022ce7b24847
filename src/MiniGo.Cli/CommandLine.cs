using MiniGo.Compiler;
using MiniGo.Syntax;

namespace MiniGo.Cli;

/// <summary>
/// The <c>minigo</c> command. <c>minigo build</c> takes <c>go build</c>'s spelling
/// (<c>-gcflags='-m -l'</c>, <c>-o FILE</c>, files or a directory) and prints what it prints;
/// the other commands show one pass each, for students.
/// </summary>
public static partial class CommandLine
{
    public const string Usage = """
        minigo - a small Go compiler that shows how Go decides what lives on the stack

        usage:
          minigo build [-gcflags='FLAGS'] [-o FILE] FILE.go... | DIR
                 type-check the package and print what `go build` prints
                 (errors as `./f.go:L:C: message`, exit status 1 on error).
                 -gcflags accepts Go's -m, -m=N and -l; '-m -l' prints Go's escape
                 analysis, '-m=2 -l' (or '-m -m -l') with Go's flow explanations
                 ('-m' and '-m=2' without -l run Go's inliner first, then escape
                 analysis on the inlined program; -m=3 and more are not supported).
                 -o is accepted for compatibility; MiniGo writes no binary.
          minigo tokens FILE.go... | DIR
                                  the tokens the parser sees, semicolons inserted
                                  (several files: each under a "==> NAME <==" header)
          minigo ast FILE.go... | DIR
                                  the syntax tree, with Go's positions
          minigo ssa FILE.go [-func NAME] [--format text|dot] [--naive]
                                  the SSA form, one function at a time (go/ssa's text
                                  form; dot: the control-flow graphs for Graphviz, one
                                  document with a cluster per function;
                                  `new T` = escape analysis put it on the heap,
                                  `local T` = it stays in the stack frame;
                                  --naive: before promotion, every local in memory,
                                  escape analysis not run, so every Alloc is `local`)
          minigo escape FILE.go [-func NAME] [--format text|dot|json]
                                  the escape analysis' location graph: locations and
                                  their attributes, edges with derefs (-1 address-of,
                                  0 copy, +1 load), what reaches the heap and the
                                  results, and why each allocation ends up where it does
          minigo inline FILE.go [-func NAME]
                                  Go's inliner in numbers: each function's cost against
                                  the budget 80, statement by statement (a call 57 when
                                  its callee stays a call, a literal 16, ...), the
                                  verdict or Go's reason, and the calls inlined into it
          minigo explain FILE.go:LINE[:COL] [--format text|dot]
                                  why the variable, parameter or allocation at that
                                  place ends up on the heap or the stack: Go's -m=2
                                  explanation, step by step in plain English (dot: the
                                  location graph with the path in red)
          minigo test [FILE.go | DIR]... [--json]
                                  run errorcheck files (Go's test format: a first line
                                  `// errorcheck -0 -m -l`, `// ERROR "regexp"` comments)
                                  with Go 1.22's test-harness rules: PASS/FAIL per file,
                                  each missing expectation and unexpected message; exit
                                  status 0 only if all pass; --json for grading scripts
          minigo diff [-gcflags='FLAGS'] [--go PATH] FILE.go... | DIR
                                  run the installed Go 1.22 (go on PATH, or PATH) with a
                                  fresh build cache and MiniGo on the same files; print
                                  `identical` (exit 0) or a unified diff (exit 1)
          minigo version          MiniGo's version
        """ + "\n" + HtmlCommand.Usage + "\n" + """
          minigo help             this text
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        if (args is ["version" or "-version" or "--version", ..]) return VersionCommand.Run(stdout);
        if (args.Length == 0 || args[0] is "help" or "-h" or "--help" or "-help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            return args[0] switch
            {
                "build" => Build(args[1..], stdout, stderr, workingDirectory),
                "tokens" => TokensCommand.Run(args[1..], stdout, stderr, workingDirectory),
                "ast" => AstCommand.Run(args[1..], stdout, stderr, workingDirectory),
                "ssa" => SsaCommand.Run(args[1..], stdout, stderr, workingDirectory),
                "escape" => PrintEscape(args[1..], stdout, stderr, workingDirectory),
                "explain" => Explain(args[1..], stdout, stderr, workingDirectory),
                "inline" => Inline(args[1..], stdout, stderr, workingDirectory),
                "test" => TestCommand.Run(args[1..], stdout, stderr, workingDirectory),
                "diff" => DiffCommand.Run(args[1..], stdout, stderr, workingDirectory),
                "html" => HtmlCommand.Run(args[1..], stdout, stderr, workingDirectory),
                _ => Fail(stderr, $"minigo: unknown command \"{args[0]}\"\nRun 'minigo help' for usage."),
            };
        }
        catch (SourceLoadException e)
        {
            // A missing or non-Go file: Go's message, Go's exit status.
            stderr.WriteLine(e.Message);
            return 1;
        }
        catch (IOException e)
        {
            return Fail(stderr, $"minigo: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail(stderr, $"minigo: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in MiniGo, not in the program: say so plainly instead of dumping a stack trace.
            stderr.WriteLine($"minigo: internal compiler error: {e.GetType().Name}: {e.Message}");
            stderr.WriteLine("Please report this with the input program (the tests in tests/ show how to add it as a case).");
            if (Environment.GetEnvironmentVariable("MINIGO_STACK") == "1") stderr.WriteLine(e.ToString());
            return 3;
        }
    }

    internal static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        return 2;
    }

    /// <summary>The parsed options of <c>minigo build</c>. <paramref name="BadGcFlag"/> is the
    /// compiler's complaint about a -gcflags flag Go's compiler does not know (printed, as
    /// Go does, only once the files have been found).</summary>
    public sealed record BuildOptions(int MLevel, bool NoInline, string? Output, List<string> Files, string? BadGcFlag = null);

    /// <summary>go build's usage lines, printed after a flag error (exit status 2).</summary>
    private const string GoBuildUsage = "usage: go build [-o output] [build flags] [packages]\nRun 'go help build' for details.";

    public static BuildOptions? ParseBuildArgs(string[] args, TextWriter stderr)
    {
        int m = 0, l = 0;
        string? output = null, badGcFlag = null;
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            string? gcflags = null;
            if (a is "-gcflags" or "--gcflags")
            {
                if (++i >= args.Length) { stderr.WriteLine($"flag needs an argument: -gcflags\n{GoBuildUsage}"); return null; }
                gcflags = args[i];
            }
            else if (a.StartsWith("-gcflags=", StringComparison.Ordinal) || a.StartsWith("--gcflags=", StringComparison.Ordinal))
            {
                gcflags = a[(a.IndexOf('=') + 1)..];
            }
            else if (a is "-o" or "--o")
            {
                if (++i >= args.Length) { stderr.WriteLine($"flag needs an argument: -o\n{GoBuildUsage}"); return null; }
                output = args[i];
                continue;
            }
            else if (a.StartsWith("-o=", StringComparison.Ordinal))
            {
                output = a[3..];
                continue;
            }
            else if (a.StartsWith('-'))
            {
                stderr.WriteLine($"minigo: unknown or unsupported flag {a} (MiniGo's build knows -gcflags and -o)");
                return null;
            }
            else
            {
                files.Add(a);
                continue;
            }

            // -gcflags: the compiler's flags, space separated, possibly quoted once more;
            // "pattern=flags" applies them to the packages the pattern matches.
            string value = gcflags.Trim('\'', '"');
            if (value.Length > 0 && !value.StartsWith('-'))
            {
                int eq = value.IndexOf('=');
                if (eq < 0)
                {
                    stderr.WriteLine($"invalid value \"{gcflags}\" for flag -gcflags: missing =<value> in <pattern>=<value>\n{GoBuildUsage}");
                    return null;
                }
                stderr.WriteLine($"minigo: -gcflags with a package pattern ({value[..eq]}=) is not supported: MiniGo compiles only the named package");
                return null;
            }
            m = 0; l = 0; // like go build, a later -gcflags replaces an earlier one
            foreach (var flag in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (badGcFlag != null) break;
                string name = flag.TrimStart('-');
                string? arg = null;
                int eq = name.IndexOf('=');
                if (eq >= 0) { arg = name[(eq + 1)..]; name = name[..eq]; }
                if (name is "m" or "l")
                {
                    // cmd/compile's CountFlag: -m adds one, -m=N sets N, -m=true/false.
                    int current = name == "m" ? m : l;
                    int? next = arg switch { null or "true" => current + 1, "false" => 0, _ => int.TryParse(arg, out int n) ? n : null };
                    if (next == null) { badGcFlag = $"invalid boolean value \"{arg}\" for -{name}: invalid count \"{arg}\""; break; }
                    if (name == "m") m = next.Value; else l = next.Value;
                }
                else if (CompileFlagNames.Contains(name))
                {
                    stderr.WriteLine($"minigo: unsupported -gcflags flag {flag} (MiniGo knows -m, -m=N, -l)");
                    return null;
                }
                else badGcFlag = $"flag provided but not defined: -{name}";
            }
        }
        // cmd/compile: -l means no inlining; -l=0 (or none) inlining; -l=2 and more, inlining with extras.
        return new BuildOptions(m, l == 1, output, files, badGcFlag);
    }

    /// <summary>Go 1.22's compiler usage text (<c>go tool compile -h</c>), printed after a bad -gcflags flag.</summary>
    private static readonly Lazy<string> CompileUsage = new(() =>
    {
        using var stream = typeof(CommandLine).Assembly.GetManifestResourceStream("MiniGo.Cli.CompileUsage.txt")!;
        return new StreamReader(stream).ReadToEnd().Replace("\r\n", "\n");
    });

    /// <summary>The flag names of Go's compiler, read from its usage text.</summary>
    private static readonly HashSet<string> CompileFlagNames = CompileUsage.Value.Split('\n')
        .Where(line => line.StartsWith("  -", StringComparison.Ordinal))
        .Select(line => line[3..].Split(' ', '\t')[0])
        .ToHashSet();

    private static int Build(string[] args, TextWriter stdout, TextWriter stderr, string wd)
    {
        var options = ParseBuildArgs(args, stderr);
        if (options == null) return 2;
        var load = SourceLoader.LoadPackage(options.Files, wd);
        if (load.Error != null)
        {
            stderr.WriteLine(load.Error);
            return 1;
        }
        if (options.BadGcFlag != null)
        {
            // The compiler refuses its flags: go build prints the package header, the complaint
            // and the compiler's usage text.
            stderr.WriteLine(GoErrorPrinter.Header);
            stderr.WriteLine(options.BadGcFlag);
            stderr.Write(CompileUsage.Value);
            return 1;
        }
        if (load.Files.Count == 0) return 0; // only test files named: go build compiles nothing
        var compilation = Compilation.Create(load.Files);
        if (!compilation.Success)
        {
            GoErrorPrinter.Write(compilation.Diagnostics, stderr);
            return 1;
        }
        if (options.MLevel is 1 or 2 && options.NoInline)
        {
            // -m -l: escape analysis without inlining, printed exactly as Go prints it (on
            // standard error, as go build does); -m=2 -l (or -m -m -l) adds Go's flow explanations.
            var ssa = compilation.Ssa()!;
            bool explain = options.MLevel == 2;
            var messages = Compilation.RunWithLargeStack(() => PassTimer.Time("escape", () => MiniGo.Escape.EscapeAnalysis.Run(ssa, compilation.Checked!.Info, explain)));
            // After escape analysis Go's walk prints its own -m lines (elided bounds checks).
            messages.AddRange(MiniGo.Escape.BoundsCheckElision.Messages(ssa, compilation.Checked!.Info));
            PassTimer.Time("report", () => { stderr.Write(MiniGo.Escape.EscapeAnalysis.Format(messages)); return 0; });
            return 0;
        }
        if (options.MLevel is 1 or 2)
        {
            // -m, -m=2: Go's inliner first, then escape analysis on the inlined program.
            var (plan, ssa) = compilation.Inlined(options.MLevel)!.Value;
            bool explain = options.MLevel == 2;
            var messages = plan.Messages.Select(l => new MiniGo.Escape.EscapeMessage(l.Pos, l.Text)).ToList();
            messages.AddRange(Compilation.RunWithLargeStack(() => PassTimer.Time("escape", () => MiniGo.Escape.EscapeAnalysis.Run(ssa, compilation.Checked!.Info, explain, inlined: true))));
            messages.AddRange(MiniGo.Escape.BoundsCheckElision.Messages(ssa, compilation.Checked!.Info));
            stderr.Write(MiniGo.Escape.EscapeAnalysis.Format(messages));
            return 0;
        }
        if (options.MLevel > 0)
            return Fail(stderr, "minigo: -m=3 or more is not supported: MiniGo prints -m and -m=2, with or without -l");
        return 0;
    }

    /// <summary>Loads the files as go build does; on an error prints it (stderr) and returns null with status 1.</summary>
    internal static List<SourceFile>? LoadOrReport(IReadOnlyList<string> args, TextWriter stderr, string wd)
    {
        var load = SourceLoader.LoadPackage(args, wd);
        if (load.Error == null) return load.Files;
        stderr.WriteLine(load.Error);
        return null;
    }

    /// <summary>The options shared by the pass-viewing commands (<c>ssa</c>, <c>escape</c>).</summary>
    internal sealed record PassOptions(string? Func, string Format, bool Naive, List<string> Files);

    /// <summary>Parses <c>[-func NAME] [--format F] [--naive] FILE...</c>; null (after an error
    /// on stderr) when the arguments are wrong. <c>--naive</c> is accepted only if allowed.</summary>
    internal static PassOptions? ParsePassArgs(string[] args, TextWriter stderr, bool allowNaive, params string[] formats)
    {
        string? func = null, format = "text";
        bool naive = false;
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a is "-func" or "--func")
            {
                if (++i >= args.Length) { stderr.WriteLine("minigo: flag needs an argument: -func"); return null; }
                func = args[i];
            }
            else if (a.StartsWith("-func=", StringComparison.Ordinal) || a.StartsWith("--func=", StringComparison.Ordinal)) func = a[(a.IndexOf('=') + 1)..];
            else if (a is "-format" or "--format")
            {
                if (++i >= args.Length) { stderr.WriteLine("minigo: flag needs an argument: --format"); return null; }
                format = args[i];
            }
            else if (a.StartsWith("-format=", StringComparison.Ordinal) || a.StartsWith("--format=", StringComparison.Ordinal)) format = a[(a.IndexOf('=') + 1)..];
            else if (allowNaive && a is "-naive" or "--naive") naive = true;
            else if (a.StartsWith('-')) { stderr.WriteLine($"minigo: unknown flag {a}"); return null; }
            else files.Add(a);
        }
        if (!formats.Contains(format))
        {
            string list = formats.Length == 2 ? $"{formats[0]} or {formats[1]}" : $"{string.Join(", ", formats[..^1])} or {formats[^1]}";
            stderr.WriteLine($"minigo: unknown format {format} ({list})");
            return null;
        }
        if (files.Count == 0) { stderr.WriteLine("minigo: no Go files listed"); return null; }
        return new PassOptions(func, format, naive, files);
    }

    /// <summary>Loads and compiles the files; on compile errors prints them as go build does
    /// (on standard error) and returns null with the exit status in <paramref name="status"/>.</summary>
    internal static Compilation? CompileOrReport(List<string> files, TextWriter stdout, TextWriter stderr, string wd, out int status)
    {
        status = 0;
        var sources = LoadOrReport(files, stderr, wd);
        if (sources == null) { status = 1; return null; }
        var compilation = Compilation.Create(sources);
        if (!compilation.Success)
        {
            GoErrorPrinter.Write(compilation.Diagnostics, stderr);
            status = 1;
            return null;
        }
        return compilation;
    }

    private static int PrintEscape(string[] args, TextWriter stdout, TextWriter stderr, string wd)
    {
        var options = ParsePassArgs(args, stderr, allowNaive: false, "text", "dot", "json");
        if (options == null) return 2;
        var compilation = CompileOrReport(options.Files, stdout, stderr, wd, out int status);
        if (compilation == null) return status;
        string? func = options.Func;
        string format = options.Format;
        var ssa = compilation.Ssa()!;
        var graph = Compilation.RunWithLargeStack(() => MiniGo.Escape.EscapeGraphs.Build(ssa, compilation.Checked!.Info));
        if (func != null)
        {
            var part = graph.Filter(func);
            if (part == null)
                return Fail(stderr, $"minigo: no function {func} (have: {string.Join(", ", graph.Batches.SelectMany(b => b.Functions))})");
            graph = part;
        }
        stdout.Write(MiniGo.Escape.GraphPrinter.Format(graph, format));
        return 0;
    }

    /// <summary><c>minigo explain FILE.go:LINE[:COL] [--format text|dot]</c>.</summary>
    private static int Explain(string[] args, TextWriter stdout, TextWriter stderr, string wd)
    {
        var options = ParsePassArgs(args, stderr, allowNaive: false, "text", "dot");
        if (options == null) return 2;
        if (options.Func != null) return Fail(stderr, "minigo: explain takes a place (FILE.go:LINE[:COL]), not -func");
        if (options.Files.Count != 1) return Fail(stderr, "minigo: explain needs one place: FILE.go:LINE[:COL]");
        var m = System.Text.RegularExpressions.Regex.Match(options.Files[0], @"^(.+\.go):(\d+)(?::(\d+))?$");
        if (!m.Success || !int.TryParse(m.Groups[2].Value, out int line) || line < 1)
            return Fail(stderr, $"minigo: explain: {options.Files[0]}: expected FILE.go:LINE or FILE.go:LINE:COL");
        int? col = null;
        if (m.Groups[3].Success)
        {
            if (!int.TryParse(m.Groups[3].Value, out int c) || c < 1) return Fail(stderr, $"minigo: explain: {options.Files[0]}: bad column");
            col = c;
        }
        string file = m.Groups[1].Value;
        var compilation = CompileOrReport([file], stdout, stderr, wd, out int status);
        if (compilation == null) return status;
        var ssa = compilation.Ssa()!;
        var reports = Compilation.RunWithLargeStack(() => MiniGo.Escape.LocationReports.At(ssa, compilation.Checked!.Info, file, line, col));
        string place = $"./{Path.GetFileName(file)}:{line}" + (col is int cc ? $":{cc}" : "");
        if (reports.Count == 0)
        {
            stderr.WriteLine($"{place}: nothing to explain: no variable, parameter or allocation that escape analysis tracks is declared or made {(col == null ? "on this line" : "at this column")}");
            return 1;
        }
        if (options.Format == "dot")
        {
            // One graph: the first location with an explanation (else the first one).
            stdout.Write((reports.FirstOrDefault(r => r.Paths.Count > 0) ?? reports[0]).Dot);
            return 0;
        }
        string path = Path.IsPathRooted(file) ? file : Path.Combine(wd, file);
        var lines = File.Exists(path) ? File.ReadAllLines(path) : null;
        for (int i = 0; i < reports.Count; i++)
        {
            if (i > 0) stdout.WriteLine(new string('-', 72));
            stdout.Write(MiniGo.Escape.PlainEnglish.Format(reports[i], lines));
        }
        return 0;
    }
}
