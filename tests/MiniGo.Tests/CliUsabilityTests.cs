using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MiniGo.Cli;
using MiniGo.Compiler;

namespace MiniGo.Tests;

/// <summary>
/// What a new user hit first: <c>minigo version</c>; <c>ast</c> and <c>tokens</c> on a directory
/// or several files; <c>ssa --format dot</c> as one valid Graphviz document; Go's message and
/// exit status for a missing file; positions of ../ and absolute file arguments as Go prints
/// them; a README that says how to install the tool and lists every project.
/// </summary>
public sealed class CliUsabilityTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("minigo-usability-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Rc, string Out, string Err) Run(string wd, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(args, stdout, stderr, wd);
        return (rc, stdout.ToString(), stderr.ToString());
    }

    private string Write(string relative, string text)
    {
        string path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return relative;
    }

    private const string A = "package main\n\nfunc main() {\n\thelper()\n}\n";
    private const string B = "package main\n\nfunc helper() int {\n\tif true {\n\t\treturn 1\n\t}\n\treturn 2\n}\n";

    [Fact]
    public void VersionPrintsThePackageVersion()
    {
        string csproj = Path.Combine(Repo.Root, "src", "MiniGo.Cli", "MiniGo.Cli.csproj");
        string version = XDocument.Load(csproj).Descendants("Version").Single().Value;
        var (rc, stdout, _) = Run(_dir, "version");
        Assert.Equal(0, rc);
        Assert.Equal($"minigo version {version} (reproduces go1.22 linux/amd64)\n", stdout);
        Assert.Equal(stdout, Run(_dir, "--version").Out);
    }

    [Theory]
    [InlineData("ast")]
    [InlineData("tokens")]
    public void AstAndTokensShowEachFileOfADirectory(string command)
    {
        Write("pkg/a.go", A);
        Write("pkg/b.go", B);
        var (rc, stdout, stderr) = Run(_dir, command, "pkg");
        Assert.True(rc == 0, stderr);
        string single(string f) => Run(_dir, command, f).Out;
        Assert.Equal($"==> pkg/a.go <==\n{single("pkg/a.go")}==> pkg/b.go <==\n{single("pkg/b.go")}", stdout);
        // Several files named one by one: the same.
        Assert.Equal(stdout, Run(_dir, command, "pkg/a.go", "pkg/b.go").Out);
    }

    [Fact]
    public void AstOfSeveralFilesReportsErrorsOfAll()
    {
        Write("a.go", A);
        Write("bad.go", "package main\n\nfunc f() {\n");
        var (rc, stdout, stderr) = Run(_dir, "ast", ".");
        Assert.Equal(1, rc);
        Assert.Contains("==> ./a.go <==", stdout);
        Assert.Contains("==> ./bad.go <==", stdout);
        // The errors go where go build writes them: standard error.
        Assert.Contains("# command-line-arguments\n./bad.go:4:1: syntax error", stderr);
    }

    [Fact]
    public void SsaDotOfSeveralFunctionsIsOneDocument()
    {
        Write("a.go", A);
        Write("b.go", B);
        var (rc, dot, stderr) = Run(_dir, "ssa", "a.go", "b.go", "--format", "dot");
        Assert.True(rc == 0, stderr);
        Assert.Single(Regex.Matches(dot, @"^digraph ", RegexOptions.Multiline));
        Assert.Equal(["cluster_0", "cluster_1"], Regex.Matches(dot, @"subgraph ""(cluster_\d+)""").Select(m => m.Groups[1].Value));
        Assert.EndsWith("}\n", dot);

        // Graphviz accepts it and draws one SVG with a cluster per function.
        string dotFile = Path.Combine(_dir, "ssa.dot"), svgFile = Path.Combine(_dir, "ssa.svg");
        File.WriteAllText(dotFile, dot);
        var psi = new ProcessStartInfo("dot", ["-Tsvg", dotFile, "-o", svgFile]) { RedirectStandardError = true };
        Process process;
        try { process = Process.Start(psi)!; }
        catch (System.ComponentModel.Win32Exception) { throw new Xunit.Sdk.XunitException("Graphviz `dot` is not installed (.ci/run installs the graphviz package)"); }
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
        string svg = File.ReadAllText(svgFile);
        Assert.Single(Regex.Matches(svg, "<svg "));
        Assert.Equal(2, Regex.Matches(svg, "class=\"cluster\"").Count);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("ast")]
    [InlineData("tokens")]
    [InlineData("ssa")]
    [InlineData("escape")]
    public void MissingFileExitsOneWithGosMessage(string command)
    {
        Write("a.go", A);
        var (rc, stdout, stderr) = Run(_dir, command, "nope.go");
        Assert.Equal(1, rc);
        Assert.Equal("", stdout);
        // Go 1.22 outside a module takes a missing NAME.go for a package path.
        Assert.Equal("no required module provides package nope.go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n", stderr);
        // Next to an existing file it is a missing file.
        var (rc1, _, stderr1) = Run(_dir, command, "a.go", "nope.go");
        Assert.Equal(1, rc1);
        Assert.Equal("stat nope.go: no such file or directory\n", stderr1);
        // Go: a named file that is not a .go file (alone, it would be a package path).
        Write("notes.txt", "hello");
        var (rc2, _, stderr2) = Run(_dir, command, "a.go", "notes.txt");
        Assert.Equal(1, rc2);
        Assert.Equal("named files must be .go files: notes.txt\n", stderr2);
    }

    [Fact]
    public void ParentAndAbsoluteArgumentsPrintPositionsAsGo()
    {
        // Go 1.22 (checked with go build, and by DiffCommandTests against the real Go): the
        // file's directory relative to the working directory when that is shorter, else absolute.
        string bad = Write("src/bad.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
        Directory.CreateDirectory(Path.Combine(_dir, "other"));
        string other = Path.Combine(_dir, "other");
        string full = Path.Combine(_dir, bad);
        Assert.Equal("# command-line-arguments\n../src/bad.go:4:2: x declared and not used\n", Run(other, "build", "../src/bad.go").Err);
        Assert.Equal("# command-line-arguments\n../src/bad.go:4:2: x declared and not used\n", Run(other, "build", full).Err);
        Assert.Equal("# command-line-arguments\nsrc/bad.go:4:2: x declared and not used\n", Run(_dir, "build", full).Err);
        Assert.Equal("# command-line-arguments\n./bad.go:4:2: x declared and not used\n", Run(Path.Combine(_dir, "src"), "build", full).Err);
        // From /, "tmp/..." is one character shorter than "/tmp/...": Go prints it so.
        Assert.Equal($"# command-line-arguments\n{full[1..]}:4:2: x declared and not used\n", Run("/", "build", full).Err);
    }

    [Fact]
    public void DisplayNameFollowsGosShortPath()
    {
        Assert.Equal("./f.go", SourceLoader.DisplayName("/home/me/src/f.go", "/home/me/src"));
        Assert.Equal("sub/f.go", SourceLoader.DisplayName("/home/me/src/sub/f.go", "/home/me/src"));
        Assert.Equal("../f.go", SourceLoader.DisplayName("/home/me/f.go", "/home/me/src"));
        Assert.Equal("../x/f.go", SourceLoader.DisplayName("/home/me/x/f.go", "/home/me/src"));
        // ../../other (11 characters) is longer than /tmp/other (10): absolute, as Go prints it.
        Assert.Equal("/tmp/other/c.go", SourceLoader.DisplayName("/tmp/other/c.go", "/tmp/gp/sub"));
    }

    [Fact]
    public void ReadmeListsEveryProjectAndHowToInstall()
    {
        string readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        foreach (var dir in Directory.GetDirectories(Path.Combine(Repo.Root, "src")).Where(d => Directory.GetFiles(d, "*.csproj").Length > 0))
            Assert.True(readme.Contains($"src/{Path.GetFileName(dir)}/"), $"README.md does not list src/{Path.GetFileName(dir)}/");
        Assert.Contains("dotnet pack src/MiniGo.Cli", readme);
        Assert.Contains("dotnet tool install", readme);
    }
}
