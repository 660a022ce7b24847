using System.Text.RegularExpressions;
using MiniGo.Compiler;
using MiniGo.Inline;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using AstFile = MiniGo.Syntax.Ast.File;

namespace MiniGo.Tests;

/// <summary>
/// <see cref="InlineBodyPrinter"/> against every <c>can inline F with cost N as: TEXT</c> line of
/// Go's <c>-m=2</c> goldens (tests/corpus/*.m2.txt, made by tools/regen-corpus.sh): the function
/// at the line's position (a declared function's name or a method's receiver '(', a literal's
/// <c>func</c>; a closure copy such as <c>main.byValue.func1</c> is at its original literal)
/// must print exactly TEXT. Go's go/defer wrappers (<c>F.deferwrap1</c>, <c>F.gowrap1</c>) are at
/// their go/defer statement and print with <see cref="InlineBodyPrinter.PrintWrapper"/>.
/// Lines on <see cref="KnownGaps"/> must still differ.
/// </summary>
public class InlineBodyPrinterTests
{
    /// <summary>Golden lines (<c>NAME.go:LINE:COL F</c>) the printer does not match yet, with the reason.</summary>
    public static readonly Dictionary<string, string> KnownGaps = new()
    {
    };

    private static readonly Regex CanInline = new(@"^\./(?<file>[^:]+):(?<line>\d+):(?<col>\d+): can inline (?<name>\S+) with cost \d+ as: (?<text>.*)$", RegexOptions.Compiled);

    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(Repo.Corpus, "*.m2.txt")
            .Where(f => System.IO.File.ReadAllText(f).Contains(" as: ", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f)[..^".m2.txt".Length])
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new object[] { n });

    private sealed record Golden(string Key, int Line, int Col, string Name, string Text);

    private static List<Golden> GoldenLines(string stem) =>
        System.IO.File.ReadAllLines(Path.Combine(Repo.Corpus, stem + ".m2.txt"))
            .Select(l => CanInline.Match(l))
            .Where(m => m.Success)
            .Select(m => new Golden($"{m.Groups["file"].Value}:{m.Groups["line"].Value}:{m.Groups["col"].Value} {m.Groups["name"].Value}",
                int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["col"].Value), m.Groups["name"].Value, m.Groups["text"].Value))
            .ToList();

    private static (AstFile Root, Info Info) Compile(string stem)
    {
        string path = Path.Combine(Repo.Corpus, stem + ".go");
        var comp = Compilation.Create(new SourceFile($"./{stem}.go", System.IO.File.ReadAllText(path)));
        Assert.True(comp.Success, string.Join("\n", comp.Diagnostics));
        return (comp.SyntaxTrees[0].Root!, comp.Checked!.Info);
    }

    private static IEnumerable<Node> Descendants(Node n)
    {
        yield return n;
        foreach (var c in n.Children)
            foreach (var d in Descendants(c)) yield return d;
    }

    private static bool IsWrapper(string name) => Regex.IsMatch(name, @"\.(deferwrap|gowrap)\d+$");

    /// <summary>Each golden line and what MiniGo prints for the function there.</summary>
    private static List<(Golden Line, string Actual)> PrintAll(string stem)
    {
        var (root, info) = Compile(stem);
        var nodes = Descendants(root).ToList();
        var result = new List<(Golden, string)>();
        foreach (var g in GoldenLines(stem))
        {
            bool At(Node n) => n.Pos.Line == g.Line && n.Pos.Col == g.Col;
            if (IsWrapper(g.Name))
            {
                var stmt = nodes.OfType<Stmt>().FirstOrDefault(n => n is GoStmt or DeferStmt && At(n));
                Assert.True(stmt != null, $"{g.Key}: no go/defer statement there");
                result.Add((g, Try(() => InlineBodyPrinter.PrintWrapper(stmt!, EnclosingFunction(root, stmt!)!, info))));
                continue;
            }
            var fn = nodes.FirstOrDefault(n => n is FuncDecl or FuncLit && At(n));
            Assert.True(fn != null, $"{g.Key}: no function declared there");
            result.Add((g, Try(() => InlineBodyPrinter.Print(fn!, info))));
        }
        return result;
    }

    private static string Try(Func<string> print)
    {
        try { return print(); }
        catch (Exception e) { return "EXCEPTION " + e.GetType().Name + ": " + e.Message; }
    }

    /// <summary>The innermost function declaration or literal whose body holds <paramref name="target"/>.</summary>
    private static Node? EnclosingFunction(Node n, Node target, Node? fn = null)
    {
        if (ReferenceEquals(n, target)) return fn;
        var inner = n is FuncDecl or FuncLit ? n : fn;
        foreach (var c in n.Children)
            if (EnclosingFunction(c, target, inner) is { } found) return found;
        return null;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void BodyTextMatchesGo(string stem)
    {
        var failures = new List<string>();
        foreach (var (g, actual) in PrintAll(stem))
        {
            bool match = actual == g.Text;
            if (KnownGaps.ContainsKey(g.Key))
            {
                if (match) failures.Add($"{g.Key} now matches Go: remove it from KnownGaps");
            }
            else if (!match) failures.Add($"{g.Key}\n  Go:     {g.Text}\n  MiniGo: {actual}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Print gives text, never an exception, for every function and literal of the
    /// corpus, inlinable or not (the cost model may ask for any).</summary>
    [Fact]
    public void PrintsEveryCorpusFunction()
    {
        int printed = 0;
        foreach (var stem in Directory.GetFiles(Repo.Corpus, "*.go").Select(f => Path.GetFileNameWithoutExtension(f)))
        {
            var (root, info) = Compile(stem);
            foreach (var fn in Descendants(root).Where(n => n is FuncDecl { Body: not null } or FuncLit))
            {
                string text = InlineBodyPrinter.Print(fn, info);
                Assert.Matches(@"^(method\(.*\) )?func\(.*\{ .* \}$", text);
                printed++;
            }
        }
        Assert.True(printed > 900, $"only {printed} functions printed");
    }

    /// <summary>End to end: the inliner's own <c>can inline … as: …</c> lines (its plan at
    /// -m=2, which calls the printer for each function it finds inlinable, wrappers and
    /// closure copies included) are Go's, in order, the text after <c>as:</c> included (the
    /// cost is masked: <see cref="InlineDecisionTests"/> checks it).</summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void InlinerCanInlineLinesMatchGo(string stem)
    {
        var files = SourceLoader.Load([stem + ".go"], Repo.Corpus);
        var comp = Compilation.Create(files);
        Assert.True(comp.Success, string.Join("\n", comp.Diagnostics));
        var plan = Compilation.RunWithLargeStack(() => Inliner.Plan(comp.Checked!, comp.SyntaxTrees.Select(t => t.Root!).ToList(), 2));
        // The cost is the cost model's (InlineDecisionTests checks it); masked here.
        static bool CanInline(string l) => l.Contains(": can inline ", StringComparison.Ordinal) && l.Contains(" as: ", StringComparison.Ordinal);
        static string MaskCost(string l) => Regex.Replace(l, @" with cost \d+ as: ", " with cost N as: ");
        var actual = plan.Messages.Select(InlineMessages.Format).Where(CanInline)
            .Where(l => !KnownGaps.ContainsKey(CanInline2Key(l))).Select(MaskCost).ToList();
        var expected = System.IO.File.ReadAllLines(Path.Combine(Repo.Corpus, stem + ".m2.txt")).Where(CanInline)
            .Where(l => !KnownGaps.ContainsKey(CanInline2Key(l))).Select(MaskCost).ToList();
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }

    private static string CanInline2Key(string line)
    {
        var m = CanInline.Match(line);
        return m.Success ? $"{m.Groups["file"].Value}:{m.Groups["line"].Value}:{m.Groups["col"].Value} {m.Groups["name"].Value}" : line;
    }

    /// <summary>Every gap names a golden line that exists.</summary>
    [Fact]
    public void KnownGapsNameGoldenLines()
    {
        var keys = Programs().SelectMany(p => GoldenLines((string)p[0])).Select(g => g.Key).ToHashSet();
        var unknown = KnownGaps.Keys.Where(k => !keys.Contains(k)).ToList();
        Assert.True(unknown.Count == 0, "not golden lines: " + string.Join(", ", unknown));
    }
}
