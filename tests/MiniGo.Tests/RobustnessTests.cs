using System.Text;
using MiniGo.Compiler;
using MiniGo.Syntax;

namespace MiniGo.Tests;

/// <summary>
/// Pathological nesting: far beyond <see cref="SyntaxTree.MaxNesting"/>, MiniGo must stop with a
/// clear "nesting too deep" diagnostic instead of overflowing the stack (which would kill the process).
/// </summary>
public class RobustnessTests
{
    private const int Deep = 100_000;

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    public static IEnumerable<object[]> DeepPrograms() =>
    [
        ["parentheses", "package main\n\nvar x = " + Repeat("(", Deep) + "1" + Repeat(")", Deep) + "\n"],
        ["brackets", "package main\n\nvar x " + Repeat("[]", Deep) + "int\n"],
        ["braces", "package main\n\nfunc main() " + Repeat("{", Deep) + Repeat("}", Deep) + "\n"],
        ["unary operators", "package main\n\nvar x = " + Repeat("^", Deep) + "1\n"],
        ["pointer types", "package main\n\nvar x " + Repeat("*", Deep) + "int\n"],
        ["unclosed parentheses", "package main\n\nvar x = " + Repeat("(", Deep) + "\n"],
    ];

    [Theory]
    [MemberData(nameof(DeepPrograms))]
    public void DeepNestingGivesNestingTooDeep(string what, string text)
    {
        var compilation = Compilation.Create(new SourceFile("./deep.go", text));
        Assert.False(compilation.Success, $"{what}: {Deep} levels were accepted");
        Assert.Contains(compilation.Diagnostics, d => d.Message.StartsWith("nesting too deep", StringComparison.Ordinal));
        Assert.All(compilation.Diagnostics, d => Assert.True(d.Pos.IsKnown, $"{what}: diagnostic without position: {d}"));

        var w = new StringWriter();
        GoErrorPrinter.Write(compilation.Diagnostics, w);
        Assert.Contains("nesting too deep", w.ToString());
    }

    [Theory]
    [MemberData(nameof(DeepPrograms))]
    public void DeepNestingInTheAstCommand(string what, string text)
    {
        string dir = Directory.CreateTempSubdirectory("minigo-deep-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "deep.go"), text);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int rc = MinigoCommand.Run(["ast", "deep.go"], stdout, stderr, dir);
            Assert.True(rc == 1, $"{what}: exit status {rc}");
            Assert.Contains("nesting too deep", stderr.ToString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ModerateNestingIsAccepted()
    {
        const int n = 1000;
        string text = "package main\n\nvar x = " + Repeat("(", n) + "1" + Repeat(")", n) + "\n\n" +
                      "var y " + Repeat("[]", n) + "int\n\n" +
                      "func main() " + Repeat("{", n) + Repeat("}", n) + "\n";
        var compilation = Compilation.Create(new SourceFile("./moderate.go", text));
        Assert.True(compilation.Success, string.Join("\n", compilation.Diagnostics));
    }

    /// <summary>A flat operator chain is not nested in the source: Go accepts 100,000 terms,
    /// so MiniGo's nesting limit must not count the chain's length.</summary>
    [Fact]
    public void FlatOperatorChainIsNotNesting()
    {
        string text = "package main\n\nfunc main() {\n\tx := 1\n\t_ = x" + Repeat(" + x", 40_000) + "\n}\n";
        var compilation = Compilation.Create(new SourceFile("./flat.go", text));
        Assert.True(compilation.Success, string.Join("\n", compilation.Diagnostics.Take(3)));
    }
}
