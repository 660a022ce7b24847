using MiniGo.Cli;

namespace MiniGo.Tests;

/// <summary>
/// <c>minigo explain FILE.go:LINE[:COL]</c> on the four traps of examples/traps.go. The expected
/// text is MiniGo's own (tests/golden/explain/*.txt; rerun with MINIGO_UPDATE_GOLDENS=1 after an
/// intended change and review the diff); its flows and notes must be the ones Go's -m=2 prints
/// for the same place, which <see cref="ExplainGoldenTests"/> checks for the corpus.
/// </summary>
public class ExplainCommandTests
{
    private static (int Rc, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(args, stdout, stderr, Path.Combine(Repo.Root, "examples"));
        return (rc, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("traps.go:21", "traps_closure_capture")]        // trap 1: n captured by reference, closure returned
    [InlineData("traps.go:41", "traps_global_map")]             // trap 2: &u stored in a package-level map
    [InlineData("traps.go:51:13", "traps_append_returned")]     // trap 3: make(...) grown by append and returned
    [InlineData("traps.go:68", "traps_return_local_addr")]      // trap 4: &p returned
    [InlineData("traps.go:75", "traps_param_stays")]            // contrast: s does not escape
    public void ExplainsTrap(string place, string golden)
    {
        var (rc, output, err) = Run("explain", place);
        Assert.True(rc == 0, $"exit status {rc}\n{err}");
        Golden.AssertMatches(Path.Combine(Repo.OwnGoldens, "explain", golden + ".txt"), output, ours: true);
    }

    [Fact]
    public void ExplainsAGoStatementsHiddenClosure()
    {
        // go work(&j, done): Go's wrapper closure captures .autotmp copies of the arguments
        // (tests/corpus/goroutine_params.m2_l.txt has the same flows).
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(["explain", "goroutine_params.go:29"], stdout, stderr, Repo.Corpus);
        Assert.True(rc == 0, $"exit status {rc}\n{stderr}");
        Golden.AssertMatches(Path.Combine(Repo.OwnGoldens, "explain", "goroutine_params_go_stmt.txt"), stdout.ToString(), ours: true);
    }

    [Fact]
    public void DotHighlightsThePath()
    {
        var (rc, output, err) = Run("explain", "traps.go:21", "--format", "dot");
        Assert.True(rc == 0, $"exit status {rc}\n{err}");
        Golden.AssertMatches(Path.Combine(Repo.OwnGoldens, "explain", "traps_closure_capture.dot"), output, ours: true);
        Assert.Contains("color=red", output);
    }

    [Fact]
    public void TheStepsAreGoMinusM2Flows()
    {
        // The trap-4 explanation quotes exactly the notes Go 1.22 prints with -m=2:
        //   ./traps.go:68:2: p escapes to heap:
        //   ./traps.go:68:2:   flow: ~r0 = &p:
        //   ./traps.go:68:2:     from &p (address-of) at ./traps.go:69:9
        //   ./traps.go:68:2:     from return &p (return) at ./traps.go:69:2
        var (_, output, _) = Run("explain", "traps.go:68");
        Assert.Contains("Go: \"p escapes to heap\"", output);
        Assert.Contains("line 69: `&p` takes the address", output);
        Assert.Contains("line 69: `return &p` returns it to the caller", output);
        Assert.Contains("=> ~r0 now holds the address of p", output);
        Assert.Contains("Decision: heap.", output);
    }

    [Theory]
    [InlineData("traps.go:99:3", "./traps.go:99:3: nothing to explain")]
    [InlineData("traps.go:1", "./traps.go:1: nothing to explain")]
    public void NothingThereIsAClearError(string place, string expected)
    {
        var (rc, output, err) = Run("explain", place);
        Assert.Equal(1, rc);
        Assert.Equal("", output);
        Assert.StartsWith(expected, err);
    }

    [Theory]
    [InlineData("traps.go")]
    [InlineData("traps.go:x")]
    [InlineData("traps.go:0")]
    [InlineData("traps.go:3:0")]
    public void BadPlacesDoNotCrash(string place)
    {
        var (rc, _, err) = Run("explain", place);
        Assert.Equal(2, rc);
        Assert.StartsWith("minigo: ", err);
    }

    /// <summary>A file that does not exist: the go command's error (outside a module), exit 1.</summary>
    [Fact]
    public void MissingFileIsGoCommandError()
    {
        var (rc, output, err) = Run("explain", "missing.go:3");
        Assert.Equal(1, rc);
        Assert.Equal("", output);
        Assert.StartsWith("no required module provides package missing.go", err);
    }
}
