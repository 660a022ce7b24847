using MiniGo.Cli;
using MiniGo.Compiler;
using MiniGo.Escape;

namespace MiniGo.Tests;

/// <summary>
/// One focused program per kind of -m message (tests/corpus/kind_*.go, whose expected output
/// is Go's, made by tools/regen-corpus.sh), and checks of the escape graph itself.
/// </summary>
public class EscapeKindTests
{
    /// <summary>
    /// Runs <c>minigo build -gcflags='-m -l'</c> on the corpus program NAME.go and compares it
    /// with Go's NAME.m_l.txt (made by tools/regen-corpus.sh). <paramref name="kindLine"/> is a
    /// piece of the message this test is about: asserting that Go's own output contains it keeps
    /// each program honest about the kind it stands for.
    /// </summary>
    private static void CheckKind(string name, string kindLine)
    {
        string want = File.ReadAllText(Path.Combine(Repo.Corpus, name + ".m_l.txt")).Replace("\r\n", "\n");
        Assert.Contains(kindLine, want);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(["build", "-gcflags=-m -l", name + ".go"], stdout, stderr, Repo.Corpus);
        Assert.True(rc == 0, $"exit status {rc}; stdout:\n{stdout}\nstderr:\n{stderr}");
        Assert.Equal(want, stderr.ToString());
    }

    /// <summary>moved to heap: a local whose address is returned.</summary>
    [Fact]
    public void MovedToHeap() => CheckKind("kind_moved_to_heap", ": moved to heap: x");

    /// <summary>escapes to heap: new(int) stored in a global.</summary>
    [Fact]
    public void EscapesToHeap() => CheckKind("kind_escapes_to_heap", ": new(int) escapes to heap");

    /// <summary>does not escape: a parameter only read through, an allocation only used locally.</summary>
    [Fact]
    public void DoesNotEscape() => CheckKind("kind_does_not_escape", " does not escape");

    /// <summary>leaking param: a parameter stored in a global.</summary>
    [Fact]
    public void LeakingParam() => CheckKind("kind_leaking_param", ": leaking param: ");

    /// <summary>leaking param to result level=0: the parameter itself is returned.</summary>
    [Fact]
    public void LeakingParamToResultLevel0() => CheckKind("kind_leak_to_result_level0", " level=0");

    /// <summary>leaking param to result level=1: what the parameter points to is returned.</summary>
    [Fact]
    public void LeakingParamToResultLevel1() => CheckKind("kind_leak_to_result_level1", " level=1");

    /// <summary>leaking param content: what the parameter points to is stored in a global.</summary>
    [Fact]
    public void LeakingParamContent() => CheckKind("kind_leaking_param_content", ": leaking param content: ");

    /// <summary>... argument does not escape (fmt.Println's variadic slice), its boxed element escapes.</summary>
    [Fact]
    public void DotDotDotArgumentDoesNotEscape() => CheckKind("kind_ddd_argument", ": ... argument does not escape");

    /// <summary>func literal escapes to heap (stored in a global) / does not escape (called locally).</summary>
    [Fact]
    public void FuncLiteralEscapesAndDoesNotEscape() => CheckKind("kind_func_literal", ": func literal escapes to heap");

    /// <summary>ignoring self-assignment in b.b = b.b[1:].</summary>
    [Fact]
    public void IgnoringSelfAssignment() => CheckKind("kind_self_assignment", " ignoring self-assignment in ");

    /// <summary>devirtualizing an interface call whose dynamic type is known.</summary>
    [Fact]
    public void Devirtualizing() => CheckKind("kind_devirtualizing", ": devirtualizing ");

    /// <summary>too large for the stack: new([100000]byte) (&gt; 64 KiB) and make([]byte, 131072).</summary>
    [Fact]
    public void TooLargeAllocations() => CheckKind("kind_too_large", " escapes to heap");

    /// <summary>make with a non-constant size always escapes.</summary>
    [Fact]
    public void MakeWithNonConstantSize() => CheckKind("kind_non_constant_size", ": make([]byte, n) escapes to heap");

    /// <summary>a self-recursive function: its parameter's leak is found through the recursive call.</summary>
    [Fact]
    public void Recursion() => CheckKind("kind_recursion", ": leaking param: n to result ~r0 level=0");

    /// <summary>mutually recursive functions are analysed together as one batch.</summary>
    [Fact]
    public void MutualRecursion() => CheckKind("kind_mutual_recursion", ": leaking param: p");

    // ------------------------------------------------------------------ the escape graph

    private static Compilation Compile(string dir, string name)
    {
        var compilation = Compilation.Create(SourceLoader.Load([name], dir));
        Assert.True(compilation.Success, string.Join("\n", compilation.Diagnostics));
        return compilation;
    }

    private static EscapeGraph Graph(string dir, string name, bool checkFixedPoint = false)
    {
        var c = Compile(dir, name);
        var ssa = c.Ssa()!;
        return Compilation.RunWithLargeStack(() => EscapeGraphs.Build(ssa, c.Checked!.Info, checkFixedPoint));
    }

    private static string GraphOf(string source, string format, params string[] extra)
    {
        var dir = Directory.CreateTempSubdirectory("minigo-graph");
        File.WriteAllText(Path.Combine(dir.FullName, "f.go"), source + "\n");
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(["escape", "f.go", "--format", format, .. extra], stdout, stderr, dir.FullName);
        Assert.True(rc == 0, $"exit status {rc}; stderr:\n{stderr}");
        return stdout.ToString();
    }

    public static IEnumerable<object[]> Corpus() => Repo.GoFiles(Repo.Corpus);

    /// <summary>For every corpus program: after each batch is solved, running the solver's walk
    /// once more over the solved graph changes no location's attributes or leak summary (the
    /// solver reached a fixed point); the graph run prints the same -m messages as
    /// EscapeAnalysis.Run; a second run on a fresh compilation gives the identical graph; and every
    /// edge joins two locations of its batch.</summary>
    [Theory]
    [MemberData(nameof(Corpus))]
    public void SolverReachesAFixedPoint(string name)
    {
        var g = Graph(Repo.Corpus, name, checkFixedPoint: true);
        foreach (var b in g.Batches)
            Assert.True(b.FixedPointViolations.Count == 0,
                $"batch {b.Index} ({string.Join(", ", b.Functions)}) changed on a second walk:\n{string.Join("\n", b.FixedPointViolations)}");

        var c = Compile(Repo.Corpus, name);
        var ssa = c.Ssa()!;
        var messages = Compilation.RunWithLargeStack(() => EscapeAnalysis.Run(ssa, c.Checked!.Info));
        Assert.Equal(EscapeAnalysis.Format(messages), EscapeAnalysis.Format(g.Messages));

        var again = Graph(Repo.Corpus, name);
        Assert.Equal(GraphPrinter.FormatJson(g), GraphPrinter.FormatJson(again));

        foreach (var b in g.Batches)
        {
            var ids = b.Locations.Select(l => l.Id).ToHashSet();
            Assert.All(b.Edges, e => Assert.True(ids.Contains(e.Dst) && ids.Contains(e.Src)));
            // Every reported allocation and every variable has a verdict that agrees with its attribute.
            foreach (var l in b.Locations.Where(l => l.Kind is "alloc" or "var" && (l.Kind == "var" || l.Reported)))
            {
                Assert.NotNull(l.Verdict);
                Assert.Equal(l.Escapes, !l.Verdict!.StartsWith("stays on the stack", StringComparison.Ordinal));
            }
        }
    }

    private const string Traps = "traps.go";

    [Fact]
    public void EscapeCommandExplainsTheTraps()
    {
        var dir = Repo.Examples;
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(["escape", Traps], stdout, stderr, dir);
        Assert.Equal(0, rc);
        string text = stdout.ToString();
        Assert.Contains("batch 1: counter, counter$1", text);
        Assert.Contains("func literal#6 <- n#4  -1 (address-of)", text);
        Assert.Contains("n (var): moved to heap; escapes because its address reaches result ~r0 of counter", text);
        Assert.Contains("make([]int, 0, 4) (alloc): escapes because its address reaches result ~r0 of squares", text);
        Assert.Contains("name (param): parameter: leaks to {heap} (level=0)", text);
    }

    [Fact]
    public void EscapeCommandFormats()
    {
        const string src = """
            package main

            var sink *int

            func keep(p *int) { sink = p }

            func local() int {
            	x := 1
            	p := &x
            	return *p
            }

            func main() {
            	y := 2
            	keep(&y)
            	_ = local()
            }
            """;
        string text = GraphOf(src, "text");
        Assert.Contains("{heap} <- p#3  0 (copy)", text);
        Assert.Contains("y (var): moved to heap; escapes: its address flows straight to {heap}", text);
        Assert.Contains("x (var): stays on the stack", text);
        Assert.Contains("p (param): parameter: leaks to {heap} (level=0)", text);

        string dot = GraphOf(src, "dot");
        Assert.StartsWith("digraph escape {", dot);
        Assert.Contains("->", dot);

        using var json = System.Text.Json.JsonDocument.Parse(GraphOf(src, "json"));
        var batches = json.RootElement.GetProperty("batches");
        Assert.Equal(3, batches.GetArrayLength());
        Assert.Contains(json.RootElement.GetProperty("messages").EnumerateArray(), m => m.GetString() == "./f.go:14:2: moved to heap: y");

        string onlyLocal = GraphOf(src, "text", "-func", "local");
        Assert.Contains("batch 1: local", onlyLocal);
        Assert.DoesNotContain("keep", onlyLocal);
    }

    [Fact]
    public void EscapeCommandRejectsUnknownFormatAndFunction()
    {
        var dir = Repo.Examples;
        var stderr = new StringWriter();
        Assert.Equal(2, MinigoCommand.Run(["escape", Traps, "--format", "svg"], new StringWriter(), stderr, dir));
        Assert.Contains("unknown format svg", stderr.ToString());
        stderr = new StringWriter();
        Assert.Equal(2, MinigoCommand.Run(["escape", Traps, "-func", "nosuch"], new StringWriter(), stderr, dir));
        Assert.Contains("no function nosuch", stderr.ToString());
    }

    [Fact]
    public void RecursiveFunctionsShareABatch()
    {
        // even and odd call each other: one batch; walk calls itself: a batch of its own.
        var mutual = Graph(Repo.Corpus, "kind_mutual_recursion.go", checkFixedPoint: true);
        Assert.Contains(mutual.Batches, b => b.Functions.Contains("even") && b.Functions.Contains("odd"));
        Assert.Equal("main", mutual.Batches[^1].Functions.Single());
        var self = Graph(Repo.Corpus, "kind_recursion.go", checkFixedPoint: true);
        Assert.Contains(self.Batches, b => b.Functions.SequenceEqual(["walk"]));
        Assert.Equal("main", self.Batches[^1].Functions.Single());
        Assert.All(mutual.Batches.Concat(self.Batches), b => Assert.Empty(b.FixedPointViolations));
    }
}
