using System.Net;
using System.Text.RegularExpressions;
using MiniGo.Cli;

namespace MiniGo.Tests;

/// <summary>
/// <c>minigo html</c> without a browser (the page in a browser: MiniGo.BrowserTests): the page
/// is made for every corpus program, its -m=2 column holds exactly what
/// <c>minigo build -gcflags='-m=2 -l'</c> prints, program text is escaped, and the command's
/// errors.
/// </summary>
public sealed class HtmlCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("minigo-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Rc, string Out, string Err) Run(string wd, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = CommandLine.Run(args, stdout, stderr, wd);
        return (rc, stdout.ToString(), stderr.ToString());
    }

    private static readonly Regex Message = new("<span class=\"msg\"[^>]*>([^<]*)</span>", RegexOptions.Compiled);

    public static IEnumerable<object[]> CorpusPrograms() => Repo.GoFiles(Repo.Corpus);

    /// <summary>Every corpus program gets a page (Graphviz left out: it is the browser tests'
    /// business), and the page's -m=2 lines, all sections together, are exactly the lines of
    /// <c>minigo build -gcflags='-m=2 -l'</c>: none lost, none invented.</summary>
    [Theory]
    [MemberData(nameof(CorpusPrograms))]
    public void MessagesColumnsHoldTheWholeMinusM2Output(string name)
    {
        var (rc, page, err) = Run(Repo.Corpus, "html", name, "--no-dot", "-o", "-");
        Assert.True(rc == 0, $"exit {rc}: {err}");
        var (brc, _, build) = Run(Repo.Corpus, "build", "-gcflags=-m=2 -l", name); // go build's stream: stderr
        Assert.Equal(0, brc);
        var expected = build.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l != "# command-line-arguments").Order(StringComparer.Ordinal).ToList();
        var actual = Message.Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        Assert.Single(Regex.Matches(page, "<script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void ProgramTextIsEscaped()
    {
        File.WriteAllText(Path.Combine(_dir, "probe.go"), """
            package main

            // </script><script>alert(1)</script> <img src=x onerror=alert(2)> & "'
            func main() {
            	s := "</script><script>alert(1)</script>"
            	println(s, `<b onclick="alert(3)">`)
            }

            """);
        var (rc, page, _) = Run(_dir, "html", "probe.go", "--no-dot", "-o", "-");
        Assert.Equal(0, rc);
        Assert.Single(Regex.Matches(page, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img", page);
        Assert.DoesNotContain("<b onclick", page);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", page);
        // No request at view time: the only URL-like things are the policy's own words.
        Assert.DoesNotContain("http://", page.Replace("http-equiv", ""));
        Assert.DoesNotContain("https://", page);
    }

    [Fact]
    public void WritesFileDotHtmlByDefault()
    {
        File.Copy(Path.Combine(Repo.Examples, "traps.go"), Path.Combine(_dir, "traps.go"));
        var (rc, stdout, _) = Run(_dir, "html", "traps.go", "--no-dot");
        Assert.Equal(0, rc);
        Assert.Equal("minigo: wrote traps.html\n", stdout);
        string page = File.ReadAllText(Path.Combine(_dir, "traps.html"));
        Assert.StartsWith("<!DOCTYPE html>", page);
        // One section per function, and init for the package-level map; -func keeps one.
        Assert.Equal(7, Regex.Matches(page, "<section class=\"func\"").Count);
        (rc, _, _) = Run(_dir, "html", "traps.go", "--no-dot", "-func", "counter$1", "-o", "one.html");
        Assert.Equal(0, rc);
        page = File.ReadAllText(Path.Combine(_dir, "one.html"));
        Assert.Single(Regex.Matches(page, "<section class=\"func\""));
        Assert.Contains("data-name=\"counter\"", page);
    }

    [Fact]
    public void Errors()
    {
        File.WriteAllText(Path.Combine(_dir, "ok.go"), "package main\n\nfunc main() {}\n");
        File.WriteAllText(Path.Combine(_dir, "bad.go"), "package main\n\nfunc main() { x := 1 }\n");
        var (rc, _, err) = Run(_dir, "html");
        Assert.Equal((2, "minigo: html takes one .go file\n"), (rc, err));
        (rc, _, err) = Run(_dir, "html", "ok.go", "ok.go");
        Assert.Equal((2, "minigo: html takes one .go file\n"), (rc, err));
        (rc, _, err) = Run(_dir, "html", "ok.go", "-func", "nope");
        Assert.Equal((2, "minigo: no function nope (have: main)\n"), (rc, err));
        (rc, _, err) = Run(_dir, "html", "ok.go", "--bogus");
        Assert.Equal((2, "minigo: unknown flag --bogus\n"), (rc, err));
        string stdout;
        (rc, stdout, err) = Run(_dir, "html", "bad.go");
        Assert.Equal(1, rc);
        Assert.Equal("", stdout);
        Assert.Equal("# command-line-arguments\n./bad.go:3:15: x declared and not used\n", err); // as go build: stderr
        Assert.False(File.Exists(Path.Combine(_dir, "bad.html")));
    }
}
