using MiniGo.Syntax;

namespace MiniGo.Tests;

/// <summary>
/// A large file's declarations are parsed by two threads (SyntaxTree.Parse). The result must
/// not depend on it: every corpus program, valid or not, parsed with the split forced
/// (threshold 0) gives the same tree and the same diagnostics as parsed on one thread.
/// </summary>
public class TwoThreadParseTests
{
    public static IEnumerable<object[]> Programs() =>
        Repo.GoFiles(Repo.Corpus).Select(p => new object[] { "corpus", p[0] })
            .Concat(Repo.GoFiles(Repo.CorpusErrors).Select(p => new object[] { "corpus/errors", p[0] }));

    [Theory]
    [MemberData(nameof(Programs))]
    public void SplitParseEqualsOneThread(string dir, string name)
    {
        string path = Path.Combine(dir == "corpus" ? Repo.Corpus : Repo.CorpusErrors, name);
        var source = SourceFile.FromBytes(Path.GetFileName(path), File.ReadAllBytes(path));
        var one = SyntaxTree.Parse(source, twoThreadsFromChars: int.MaxValue);
        var two = SyntaxTree.Parse(source, twoThreadsFromChars: 0);
        Assert.Equal(Text(one), Text(two));
    }

    [Fact]
    public void SplitHappensAndMatchesOnALargeFile()
    {
        // 6,000 small functions (450,000 characters): above the threshold, so Parse really uses two threads.
        var sb = new System.Text.StringBuilder("package main\n\nimport \"fmt\"\n\n");
        for (int i = 0; i < 6000; i++)
            sb.Append($"func f{i}(p *int) *int {{\n\tx := {i}\n\tif x > 3 {{\n\t\tfmt.Println(x, p)\n\t}}\n\treturn &x\n}}\n\n");
        sb.Append("func main() {}\n");
        var source = new SourceFile("big.go", sb.ToString());
        var one = SyntaxTree.Parse(source, twoThreadsFromChars: int.MaxValue);
        var two = SyntaxTree.Parse(source);
        Assert.NotNull(two.Root);
        Assert.Equal(6001, two.Root!.Decls.Length);
        Assert.Equal(Text(one), Text(two));
    }

    private static string Text(SyntaxTree t) =>
        (t.Root == null ? "(no tree)\n" : AstPrinter.ToText(t.Root)) + string.Join("\n", t.Diagnostics.Select(d => d.ToString()));
}
