using MiniGo.Cli;
using MiniGo.Compiler;
using MiniGo.Escape;

namespace MiniGo.Tests;

/// <summary>
/// One focused program per kind of -m message, and checks of the escape graph itself. Every
/// expected output below was produced by the real compiler, Go 1.22.12
/// (<c>GOTOOLCHAIN=local /usr/lib/go-1.22/bin/go build -gcflags='-m -l' -o /dev/null f.go</c>),
/// and pasted unchanged.
/// </summary>
public class EscapeKindTests
{
    private static string Build(string source)
    {
        var dir = Directory.CreateTempSubdirectory("minigo-kind");
        File.WriteAllText(Path.Combine(dir.FullName, "f.go"), source + "\n");
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = CommandLine.Run(["build", "-gcflags=-m -l", "f.go"], stdout, stderr, dir.FullName);
        Assert.True(rc == 0, $"exit status {rc}; stdout:\n{stdout}\nstderr:\n{stderr}");
        return stdout.ToString();
    }

    private static void Check(string source, string want) => Assert.Equal(want + "\n", Build(source));

    /// <summary>moved to heap: a local whose address is returned.</summary>
    [Fact]
    public void MovedToHeap() => Check(
        """"
            package main

            func f() *int {
            	x := 1
            	return &x
            }

            func main() { _ = f() }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:4:2: moved to heap: x
            """");

    /// <summary>escapes to heap: new(int) stored in a global.</summary>
    [Fact]
    public void EscapesToHeap() => Check(
        """"
            package main

            var sink *int

            func main() {
            	sink = new(int)
            }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:6:12: new(int) escapes to heap
            """");

    /// <summary>does not escape: a parameter only read through, an allocation only used locally.</summary>
    [Fact]
    public void DoesNotEscape() => Check(
        """"
            package main

            func get(p *int) int { return *p }

            func main() {
            	p := new(int)
            	*p = 1
            	println(get(p))
            }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:3:10: p does not escape
            ./f.go:6:10: new(int) does not escape
            """");

    /// <summary>leaking param: a parameter stored in a global.</summary>
    [Fact]
    public void LeakingParam() => Check(
        """"
            package main

            var sink *int

            func f(p *int) { sink = p }

            func main() { f(nil) }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:5:8: leaking param: p
            """");

    /// <summary>leaking param to result level=0: the parameter itself is returned.</summary>
    [Fact]
    public void LeakingParamToResultLevel0() => Check(
        """"
            package main

            func f(p *int) *int { return p }

            func main() { _ = f(nil) }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:3:8: leaking param: p to result ~r0 level=0
            """");

    /// <summary>leaking param to result level=1: what the parameter points to is returned.</summary>
    [Fact]
    public void LeakingParamToResultLevel1() => Check(
        """"
            package main

            func f(p **int) *int { return *p }

            func main() { _ = f(nil) }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:3:8: leaking param: p to result ~r0 level=1
            """");

    /// <summary>leaking param content: what the parameter points to is stored in a global.</summary>
    [Fact]
    public void LeakingParamContent() => Check(
        """"
            package main

            var sink *int

            func f(p **int) { sink = *p }

            func main() { f(nil) }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:5:8: leaking param content: p
            """");

    /// <summary>... argument does not escape (fmt.Println's variadic slice), its boxed element escapes.</summary>
    [Fact]
    public void DotDotDotArgumentDoesNotEscape() => Check(
        """"
            package main

            import "fmt"

            func main() {
            	x := 1
            	fmt.Println(x)
            }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:7:13: ... argument does not escape
            ./f.go:7:14: x escapes to heap
            """");

    /// <summary>func literal escapes to heap (stored in a global) / does not escape (called locally).</summary>
    [Fact]
    public void FuncLiteralEscapesAndDoesNotEscape() => Check(
        """"
            package main

            var sink func() int

            func main() {
            	x := 1
            	sink = func() int { return x }
            	f := func() int { return 2 }
            	_ = f()
            }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:7:9: func literal escapes to heap
            ./f.go:8:7: func literal does not escape
            """");

    /// <summary>ignoring self-assignment in b.b = b.b[1:].</summary>
    [Fact]
    public void IgnoringSelfAssignment() => Check(
        """"
            package main

            type buf struct {
            	b []byte
            }

            func (b *buf) trim() {
            	b.b = b.b[1:]
            }

            func main() {
            	b := &buf{}
            	b.trim()
            }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:8:6: (*buf).trim ignoring self-assignment in b.b = b.b[1:]
            ./f.go:7:7: b does not escape
            ./f.go:12:7: &buf{} does not escape
            """");

    /// <summary>devirtualizing an interface call whose dynamic type is known.</summary>
    [Fact]
    public void Devirtualizing() => Check(
        """"
            package main

            type shape interface{ area() int }

            type sq struct{ s int }

            func (q sq) area() int { return q.s * q.s }

            func main() {
            	var s shape = sq{2}
            	_ = s.area()
            }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:11:12: devirtualizing s.area to sq
            ./f.go:10:18: sq{...} does not escape
            """");

    /// <summary>too large for the stack: new([100000]byte) (&gt; 64 KiB) and make([]byte, 131072).</summary>
    [Fact]
    public void TooLargeAllocations() => Check(
        """"
            package main

            func main() {
            	p := new([100000]byte)
            	p[0] = 1
            	b := make([]byte, 131072)
            	b[0] = 1
            }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:4:10: new([100000]byte) escapes to heap
            ./f.go:6:11: make([]byte, 131072) escapes to heap
            """");

    /// <summary>make with a non-constant size always escapes.</summary>
    [Fact]
    public void MakeWithNonConstantSize() => Check(
        """"
            package main

            func f(n int) {
            	b := make([]byte, n)
            	b[0] = 1
            }

            func main() { f(1) }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:4:11: make([]byte, n) escapes to heap
            """");

    /// <summary>a self-recursive function: its parameter's leak is found through the recursive call.</summary>
    [Fact]
    public void Recursion() => Check(
        """"
            package main

            type node struct{ next *node }

            func walk(n *node) *node {
            	if n.next == nil {
            		return n
            	}
            	return walk(n.next)
            }

            func main() {
            	n := &node{}
            	_ = walk(n)
            }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:5:11: leaking param: n to result ~r0 level=0
            ./f.go:13:7: &node{} does not escape
            """");

    /// <summary>mutually recursive functions are analysed together as one batch.</summary>
    [Fact]
    public void MutualRecursion() => Check(
        """"
            package main

            func even(p *int, n int) *int {
            	if n == 0 {
            		return p
            	}
            	return odd(p, n-1)
            }

            func odd(p *int, n int) *int {
            	if n == 0 {
            		return nil
            	}
            	return even(p, n-1)
            }

            func main() {
            	x := 1
            	_ = even(&x, 3)
            }
            """",
        // Go 1.22.12:
        """"
            # command-line-arguments
            ./f.go:3:11: leaking param: p
            ./f.go:10:10: leaking param: p
            ./f.go:18:2: moved to heap: x
            """");

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
        int rc = CommandLine.Run(["escape", "f.go", "--format", format, .. extra], stdout, stderr, dir.FullName);
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
        int rc = CommandLine.Run(["escape", Traps], stdout, stderr, dir);
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
        Assert.Equal(2, CommandLine.Run(["escape", Traps, "--format", "svg"], new StringWriter(), stderr, dir));
        Assert.Contains("unknown format svg", stderr.ToString());
        stderr = new StringWriter();
        Assert.Equal(2, CommandLine.Run(["escape", Traps, "-func", "nosuch"], new StringWriter(), stderr, dir));
        Assert.Contains("no function nosuch", stderr.ToString());
    }

    [Fact]
    public void RecursiveFunctionsShareABatch()
    {
        var dir = Directory.CreateTempSubdirectory("minigo-graph");
        File.WriteAllText(Path.Combine(dir.FullName, "f.go"), """
            package main

            func even(p *int, n int) *int {
            	if n == 0 {
            		return p
            	}
            	return odd(p, n-1)
            }

            func odd(p *int, n int) *int {
            	if n == 0 {
            		return nil
            	}
            	return even(p, n-1)
            }

            func self(p *int, n int) *int {
            	if n == 0 {
            		return p
            	}
            	return self(p, n-1)
            }

            func main() {
            	x := 1
            	_ = even(&x, 3)
            	_ = self(&x, 3)
            }
            """ + "\n");
        var g = Graph(dir.FullName, "f.go", checkFixedPoint: true);
        Assert.Contains(g.Batches, b => b.Functions.Contains("even") && b.Functions.Contains("odd"));
        Assert.Contains(g.Batches, b => b.Functions.SequenceEqual(["self"]));
        Assert.Equal("main", g.Batches[^1].Functions.Single());
        Assert.All(g.Batches, b => Assert.Empty(b.FixedPointViolations));
    }
}
