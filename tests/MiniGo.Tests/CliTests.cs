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
    public void BuildInvalidFileReturnsOneWithGoHeader()
    {
        var (rc, stdout, _) = Run("build", Write("bad.go", "package main\n\nfunc main() {\n"));
        Assert.Equal(1, rc);
        Assert.StartsWith("# command-line-arguments\n./bad.go:", stdout);
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
    public void MissingFileExitsOneWithGosMessage()
    {
        var (rc, _, stderr) = Run("build", "nosuchfile.go");
        Assert.Equal(1, rc);
        Assert.Equal("stat nosuchfile.go: no such file or directory\n", stderr);
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
    [InlineData("-gcflags=-m")]
    [InlineData("-o")]
    public void ParseBuildArgsRejectsBadArguments(params string[] args)
    {
        var stderr = new StringWriter();
        Assert.Null(CommandLine.ParseBuildArgs(args, stderr));
        Assert.StartsWith("minigo:", stderr.ToString());
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
    public void AstOfInvalidFilePrintsGoErrors()
    {
        var (rc, stdout, _) = Run("ast", Write("b.go", "package main\n\nfunc main() {\n"));
        Assert.Equal(1, rc);
        Assert.Contains("# command-line-arguments\n./b.go:", stdout);
    }
}
