using MiniGo.Cli;

namespace MiniGo.Tests;

/// <summary>
/// <c>minigo diff</c>: against the real Go 1.22 (installed by .ci/run) every corpus program is
/// <c>identical</c> at -m -l and at -m=2 -l (the -m=2 known gaps of
/// <see cref="ExplainGoldenTests.KnownGaps"/> excepted), with relative, ../ and absolute file
/// arguments; against a stub <c>go</c> on PATH, a differing output gives the unified diff;
/// without a usable Go, a clear message.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private const string RealGo = "/usr/lib/go-1.22/bin/go";

    private readonly string _dir = Directory.CreateTempSubdirectory("minigo-diff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Rc, string Out, string Err) Run(string wd, string? path, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = DiffCommand.Run(args, stdout, stderr, wd, path);
        return (rc, stdout.ToString(), stderr.ToString());
    }

    private static void RequireGo() =>
        Assert.True(File.Exists(RealGo), $"{RealGo} is missing: .ci/run installs Go 1.22 (golang-1.22-go from bookworm-backports)");

    public static IEnumerable<object[]> CorpusAtBothLevels()
    {
        foreach (var p in Repo.GoFiles(Repo.Corpus))
        {
            string name = (string)p[0];
            yield return [name, "-m -l"];
            if (!ExplainGoldenTests.KnownGaps.ContainsKey(Path.GetFileNameWithoutExtension(name)))
                yield return [name, "-m=2 -l"];
        }
    }

    [Theory]
    [MemberData(nameof(CorpusAtBothLevels))]
    public void CorpusProgramIsIdenticalToGo(string name, string flags)
    {
        RequireGo();
        var (rc, stdout, stderr) = Run(Repo.Corpus, null, "--go", RealGo, $"-gcflags={flags}", name);
        Assert.True(rc == 0 && stdout == "identical\n", $"exit status {rc}\n{stdout}{stderr}");
    }

    [Fact]
    public void ParentAndAbsolutePathsPrintAsGoPrintsThem()
    {
        RequireGo();
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        Directory.CreateDirectory(Path.Combine(_dir, "other"));
        string prog = Path.Combine(_dir, "sub", "prog.go");
        File.WriteAllText(prog, "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n");
        string other = Path.Combine(_dir, "other");
        foreach (var (wd, arg) in new[] { (other, "../sub/prog.go"), (other, prog), (_dir, prog), (_dir, "sub"), ("/", prog) })
        {
            var (rc, stdout, stderr) = Run(wd, null, "--go", RealGo, "-gcflags=-m -l", arg);
            Assert.True(rc == 0 && stdout == "identical\n", $"{arg} from {wd}: exit status {rc}\n{stdout}{stderr}");
        }
    }

    /// <summary>A stub go: reports <paramref name="version"/>, prints <paramref name="buildOutput"/>
    /// for a build and records its arguments and environment in calls.txt.</summary>
    private string StubGo(string version, string buildOutput)
    {
        string bin = Path.Combine(_dir, "bin");
        Directory.CreateDirectory(bin);
        string go = Path.Combine(bin, "go");
        File.WriteAllText(go, $$"""
            #!/bin/sh
            echo "$* GOTOOLCHAIN=$GOTOOLCHAIN GOCACHE=$GOCACHE" >> '{{Path.Combine(_dir, "calls.txt")}}'
            case "$1" in
            env) echo {{version}} ;;
            build)
            	case "$*" in *seed.go*) exit 1 ;; esac
            	printf '%s' '{{buildOutput}}' >&2 ;;
            esac
            """.Replace("\r\n", "\n"));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(go, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return bin;
    }

    [Fact]
    public void DifferingOutputPrintsAUnifiedDiff()
    {
        File.WriteAllText(Path.Combine(_dir, "prog.go"), "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n");
        // "Go" says y instead of x and prints one line more.
        string bin = StubGo("go1.22.12", "# command-line-arguments\n./prog.go:4:2: moved to heap: y\n./prog.go:8:6: can inline main\n");
        var (rc, stdout, stderr) = Run(_dir, bin + ":/usr/bin:/bin", "-gcflags=-m -l", "prog.go");
        Assert.Equal("", stderr);
        Assert.Equal(1, rc);
        Assert.Equal("""
            --- go build -gcflags='-m -l' (go1.22.12, exit status 0)
            +++ minigo build -gcflags='-m -l' (exit status 0)
            @@ -1,3 +1,2 @@
             # command-line-arguments
            -./prog.go:4:2: moved to heap: y
            -./prog.go:8:6: can inline main
            +./prog.go:4:2: moved to heap: x

            """.Replace("\r\n", "\n"), stdout);
        // go ran from PATH, with the local toolchain and a fresh cache that is gone afterwards.
        var calls = File.ReadAllLines(Path.Combine(_dir, "calls.txt"));
        string build = Assert.Single(calls, c => c.StartsWith("build -gcflags=-m -l -o /dev/null prog.go ", StringComparison.Ordinal));
        Assert.Contains("GOTOOLCHAIN=local", build);
        string cache = build[(build.IndexOf("GOCACHE=", StringComparison.Ordinal) + 8)..];
        Assert.StartsWith(Path.GetTempPath().TrimEnd('/') + "/minigo-gocache-", cache);
        Assert.False(Directory.Exists(cache));
    }

    [Fact]
    public void SameOutputIsIdentical()
    {
        File.WriteAllText(Path.Combine(_dir, "prog.go"), "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n");
        string bin = StubGo("go1.22.12", "# command-line-arguments\n./prog.go:4:2: moved to heap: x\n");
        var (rc, stdout, _) = Run(_dir, bin, "-gcflags", "-m -l", ".");
        Assert.Equal("identical\n", stdout);
        Assert.Equal(0, rc);
    }

    [Fact]
    public void NoGoOnPathSaysSo()
    {
        File.WriteAllText(Path.Combine(_dir, "prog.go"), "package main\n\nfunc main() {}\n");
        var (rc, stdout, stderr) = Run(_dir, Path.Combine(_dir, "empty"), "prog.go");
        Assert.Equal(2, rc);
        Assert.Equal("", stdout);
        Assert.Equal("minigo diff: no go command on PATH: install Go 1.22 (e.g. Debian's golang-1.22-go, /usr/lib/go-1.22/bin/go) or name it with --go PATH\n", stderr);
    }

    [Fact]
    public void AnotherGoVersionIsRefused()
    {
        File.WriteAllText(Path.Combine(_dir, "prog.go"), "package main\n\nfunc main() {}\n");
        string bin = StubGo("go1.21.5", "");
        var (rc, _, stderr) = Run(_dir, bin, "prog.go");
        Assert.Equal(2, rc);
        Assert.Equal($"minigo diff: {bin}/go is go1.21.5, not Go 1.22: MiniGo reproduces Go 1.22, so the differences would be Go's changes (name a Go 1.22 with --go PATH)\n", stderr);
    }

    [Fact]
    public void MissingFileGivesGosMessage()
    {
        var (rc, _, stderr) = Run(_dir, null, "--go", RealGo, "nope.go");
        Assert.Equal(1, rc);
        Assert.Equal("stat nope.go: no such file or directory\n", stderr);
    }
}
