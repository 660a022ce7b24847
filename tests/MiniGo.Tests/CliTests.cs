using MiniGo.Cli;

namespace MiniGo.Tests;

/// <summary>The <c>minigo</c> command line: commands, exit statuses and flag parsing.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("minigo-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Valid = "package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n}\n";

    private (int Rc, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(args, stdout, stderr, _dir);
        return (rc, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(_dir, name), text);
        return name;
    }

    [Fact]
    public void BuildValidFilePrintsNothing()
    {
        var (rc, stdout, stderr) = Run("build", Write("ok.go", Valid));
        Assert.Equal("", stdout);
        Assert.Equal("", stderr);
        Assert.Equal(0, rc);
    }

    [Fact]
    public void BuildTheReadmeExample()
    {
        // The README's main command: `dotnet run --project src/MiniGo.Cli -- build examples/traps.go`.
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = MinigoCommand.Run(["build", "examples/traps.go"], stdout, stderr, Repo.Root);
        Assert.True(rc == 0, $"exit status {rc}\nstdout:\n{stdout}\nstderr:\n{stderr}");
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public void BuildInvalidFileReturnsOneWithGoHeaderOnStderr()
    {
        var (rc, stdout, stderr) = Run("build", Write("bad.go", "package main\n\nfunc main() {\n"));
        Assert.Equal(1, rc);
        Assert.Equal("", stdout);
        Assert.StartsWith("# command-line-arguments\n./bad.go:", stderr);
    }

    [Fact]
    public void BuildPrintsTheEscapeReportOnStderr()
    {
        var (rc, stdout, stderr) = Run("build", "-gcflags=-m -l", Write("esc.go", "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n"));
        Assert.Equal(0, rc);
        Assert.Equal("", stdout);
        Assert.Equal("# command-line-arguments\n./esc.go:4:2: moved to heap: x\n", stderr);
    }

    [Fact]
    public void HelpPrintsUsage()
    {
        var (rc, stdout, _) = Run("help");
        Assert.Equal(0, rc);
        Assert.Contains("usage:", stdout);
        Assert.Contains("minigo build", stdout);
        Assert.Contains("minigo tokens", stdout);
        Assert.Contains("minigo ast", stdout);
    }

    [Fact]
    public void NoArgumentsPrintsUsageAndFails()
    {
        var (rc, stdout, _) = Run();
        Assert.Equal(2, rc);
        Assert.Contains("usage:", stdout);
    }

    [Fact]
    public void UnknownCommandReturnsTwo()
    {
        var (rc, stdout, stderr) = Run("frobnicate");
        Assert.Equal(2, rc);
        Assert.Equal("", stdout);
        Assert.Contains("unknown command \"frobnicate\"", stderr);
    }

    [Fact]
    public void MissingFileIsGoCommandError()
    {
        // Go 1.22 outside a module: the argument is taken for a package path.
        var (rc, stdout, stderr) = Run("build", "nosuchfile.go");
        Assert.Equal(1, rc);
        Assert.Equal("", stdout);
        Assert.Equal("no required module provides package nosuchfile.go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n", stderr);
    }

    [Theory]
    [InlineData("./nosuchfile.go", "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n")]
    [InlineData("sub/nosuchfile.go", "package sub/nosuchfile.go is not in std (/usr/lib/go-1.22/src/sub/nosuchfile.go)\n")]
    public void MissingFileMessagesAsGo(string arg, string want)
    {
        var (rc, _, stderr) = Run("build", arg);
        Assert.Equal(1, rc);
        Assert.Equal(want, stderr);
    }

    [Fact]
    public void MissingFileNextToAnExistingOneIsStatError()
    {
        var (rc, _, stderr) = Run("build", Write("ok.go", Valid), "nosuch.go");
        Assert.Equal(1, rc);
        Assert.Equal("stat nosuch.go: no such file or directory\n", stderr);
    }

    [Fact]
    public void UnknownGcFlagPrintsTheCompilersUsageAsGo()
    {
        var (rc, stdout, stderr) = Run("build", "-gcflags=-Q", Write("ok.go", Valid));
        Assert.Equal(1, rc);
        Assert.Equal("", stdout);
        Assert.StartsWith("# command-line-arguments\nflag provided but not defined: -Q\nusage: compile [options] file.go...\n  -%\tdebug non-static initializers\n", stderr);
        Assert.EndsWith("  -wb\n    \tenable write barrier (default true)\n", stderr);
    }

    [Fact]
    public void BadCountValueIsGoError()
    {
        var (rc, _, stderr) = Run("build", "-gcflags=-m=x", Write("ok.go", Valid));
        Assert.Equal(1, rc);
        Assert.StartsWith("# command-line-arguments\ninvalid boolean value \"x\" for -m: invalid count \"x\"\nusage: compile", stderr);
    }

    [Fact]
    public void UnknownGcFlagComesAfterFileErrors()
    {
        var (rc, _, stderr) = Run("build", "-gcflags=-Q", Write("ok.go", Valid), "nosuch.go");
        Assert.Equal(1, rc);
        Assert.Equal("stat nosuch.go: no such file or directory\n", stderr);
    }

    [Fact]
    public void LinesBeyondGosLineMaxAreClampedWithoutColumn()
    {
        // cmd/internal/src holds lines up to 1<<20 - 2; later ones print as that line, no column.
        string text = "package main\n\nfunc main() {" + new string('\n', 1_048_580) + "x := 1\n}\n";
        var (rc, _, stderr) = Run("build", Write("lines.go", text));
        Assert.Equal(1, rc);
        Assert.Equal($"# command-line-arguments\n./lines.go:{MiniGo.Syntax.Pos.LineMax}: x declared and not used\n", stderr);
    }

    [Fact]
    public void DirectoryBuildSkipsTheFilesGoIgnores()
    {
        string dir = Path.Combine(_dir, "pkg");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "main.go"), "package main\n\nfunc main() { f() }\n");
        File.WriteAllText(Path.Combine(dir, "f_linux.go"), "package main\n\nfunc f() {}\n");
        foreach (var ignored in new[] { "_x.go", ".hidden.go", "w_windows.go", "a_arm64.go", "w_windows_amd64.go" })
            File.WriteAllText(Path.Combine(dir, ignored), "garbage\n");
        File.WriteAllText(Path.Combine(dir, "ign.go"), "//go:build ignore\n\npackage main\n\nfunc f() {}\n");
        File.WriteAllText(Path.Combine(dir, "other.go"), "//go:build !linux || (amd64 && !go1.1)\n\npackage main\n\nfunc f() {}\n");
        File.WriteAllText(Path.Combine(dir, "main_test.go"), "package main_test\n\nfunc f() {}\n");
        var (rc, _, stderr) = Run("build", "./pkg");
        Assert.True(rc == 0, stderr);
        // go/build reads the headers of test files too: a broken one fails the build.
        File.WriteAllText(Path.Combine(dir, "b_test.go"), "garbage\n");
        (rc, _, stderr) = Run("build", "./pkg");
        Assert.Equal(1, rc);
        Assert.Equal("pkg/b_test.go:1:1: expected 'package', found garbage\n", stderr);
    }

    [Theory]
    [InlineData("found packages main (a.go) and foo (b.go) in DIR\n", "a.go", "b.go")]
    [InlineData("named files must be .go files: x.txt\n", "a.go", "x.txt")]
    [InlineData("package command-line-arguments: case-insensitive file name collision: \"a.go\" and \"a.go\"\n", "a.go", "a.go")]
    [InlineData("package command-line-arguments: case-insensitive file name collision: \"a.go\" and \"a.go\"\n", "a.go", "./a.go")]
    [InlineData("no required module provides package x.txt: go.mod file not found in current directory or any parent directory; see 'go help modules'\n", "x.txt")]
    public void NamedFilesAsGoBuild(string want, params string[] args)
    {
        Write("a.go", Valid);
        Write("b.go", "package foo\n");
        Write("x.txt", "hello\n");
        var (rc, stdout, stderr) = Run(["build", .. args]);
        Assert.Equal(1, rc);
        Assert.Equal("", stdout);
        Assert.Equal(want.Replace("DIR", _dir), stderr);
    }

    [Fact]
    public void TypeSwitchWithCaseNilAndBindingDoesNotCrash()
    {
        // Go's test/typeswitch1.go and test/fixedbugs/bug403.go: `case nil:` has no recorded
        // type, and the SSA builder looked it up (KeyNotFoundException).
        var (rc, stdout, stderr) = Run("build", "-gcflags=-m -l", Write("ts.go",
            "package main\n\ntype S struct{ f any }\n\nfunc F(p *S) bool {\n\tswitch a := p.f.(type) {\n\tcase nil:\n\t\t_ = a\n\t\treturn true\n\t}\n\treturn false\n}\n\nfunc main() { _ = F(nil) }\n"));
        Assert.True(rc == 0, stderr);
        Assert.Equal("", stdout);
        Assert.DoesNotContain("internal compiler error", stderr);
    }

    [Fact]
    public void ElidedPointerToSliceLiteralDoesNotOverflowTheStack()
    {
        // Go's test/fixedbugs/issue26340.go: map[string]*S{"a": {{1}}} with S a slice type sent
        // CompositeAddr into endless recursion.
        var (rc, _, stderr) = Run("build", "-gcflags=-m -l", Write("e.go",
            "package main\n\ntype S []T\ntype T struct{ x int }\n\nfunc f() map[string]*S {\n\treturn map[string]*S{\n\t\t\"a\": {\n\t\t\t{1},\n\t\t},\n\t}\n}\n\nfunc main() { _ = f() }\n"));
        Assert.True(rc == 0, stderr);
        Assert.Contains("./e.go:7:22: map[string]*S{...} escapes to heap\n", stderr);
        Assert.Contains("./e.go:8:8: &S{...} escapes to heap\n", stderr);
    }

    [Fact]
    public void ClosedOutputStopsQuietly()
    {
        var broken = new MiniGo.Cli.OutputWriter(new ThrowingWriter());
        broken.WriteLine("first");
        broken.Write("second");
        Assert.True(broken.Failed);
    }

    /// <summary>A writer whose reader has gone away, like a closed pipe.</summary>
    private sealed class ThrowingWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
        public override void Write(char value) => throw new IOException("Broken pipe");
        public override void Write(string? value) => throw new IOException("Broken pipe");
    }

    [Theory]
    [InlineData(new[] { "-gcflags=-m -l", "f.go" }, 1, true, null)]
    [InlineData(new[] { "-gcflags='-m -l'", "f.go" }, 1, true, null)]
    [InlineData(new[] { "-gcflags", "-m=2 -l", "f.go" }, 2, true, null)]
    [InlineData(new[] { "-gcflags=-m=2", "f.go" }, 2, false, null)]
    [InlineData(new[] { "-gcflags=-m -m", "f.go" }, 2, false, null)]
    [InlineData(new[] { "-gcflags='-m'", "-o", "/dev/null", "f.go" }, 1, false, "/dev/null")]
    [InlineData(new[] { "-o=/dev/null", "f.go" }, 0, false, "/dev/null")]
    [InlineData(new[] { "f.go" }, 0, false, null)]
    [InlineData(new[] { "-gcflags=-m=true -l=1", "f.go" }, 1, true, null)]
    [InlineData(new[] { "-gcflags=-l=0 -m", "f.go" }, 1, false, null)]
    [InlineData(new[] { "-gcflags=-l", "-gcflags=-m", "f.go" }, 1, false, null)]
    public void ParseBuildArgsUnderstandsGoSpelling(string[] args, int m, bool noInline, string? output)
    {
        var options = CommandLine.ParseBuildArgs(args, new StringWriter());
        Assert.NotNull(options);
        Assert.Equal(m, options.MLevel);
        Assert.Equal(noInline, options.NoInline);
        Assert.Equal(output, options.Output);
        Assert.Equal(["f.go"], options.Files);
    }

    [Theory]
    [InlineData("-gcflags=-N", "f.go")]
    [InlineData("-x", "f.go")]
    public void ParseBuildArgsRejectsWhatMiniGoLacks(params string[] args)
    {
        var stderr = new StringWriter();
        Assert.Null(CommandLine.ParseBuildArgs(args, stderr));
        Assert.StartsWith("minigo:", stderr.ToString());
    }

    [Theory]
    [InlineData("flag needs an argument: -o\nusage: go build [-o output] [build flags] [packages]\nRun 'go help build' for details.\n", "-o")]
    [InlineData("invalid value \"f.go\" for flag -gcflags: missing =<value> in <pattern>=<value>\nusage: go build [-o output] [build flags] [packages]\nRun 'go help build' for details.\n", "-gcflags", "f.go")]
    public void ParseBuildArgsRejectsAsGo(string want, params string[] args)
    {
        var stderr = new StringWriter { NewLine = "\n" };
        Assert.Null(CommandLine.ParseBuildArgs(args, stderr));
        Assert.Equal(want, stderr.ToString());
    }

    [Fact]
    public void TokensShowInsertedSemicolons()
    {
        var (rc, stdout, _) = Run("tokens", Write("t.go", Valid));
        Assert.Equal(0, rc);
        var lines = stdout.Split('\n');
        Assert.Contains("1:1\tPACKAGE\tpackage", lines);
        Assert.Contains("1:13\tSEMI\t; (newline)", lines);
        Assert.Contains("4:8\tSEMI\t; (newline)", lines);
        Assert.Contains("6:2\tSEMI\t; (newline)", lines);
    }

    [Fact]
    public void AstPrintsATree()
    {
        var (rc, stdout, _) = Run("ast", Write("a.go", Valid));
        Assert.Equal(0, rc);
        Assert.StartsWith("File ./a.go 1:1\n", stdout);
        Assert.Contains("FuncDecl 3:6", stdout);
        Assert.Contains("└── ", stdout);
        Assert.Contains("AssignStmt := 4:4", stdout);
    }

    [Fact]
    public void AstOfInvalidFilePrintsGoErrorsOnStderr()
    {
        var (rc, _, stderr) = Run("ast", Write("b.go", "package main\n\nfunc main() {\n"));
        Assert.Equal(1, rc);
        Assert.Contains("# command-line-arguments\n./b.go:", stderr);
    }
}
