using MiniGo.Compiler;

namespace MiniGo.Tests;

/// <summary>Every escape-analysis program of tests/corpus is valid Go: MiniGo must accept it silently.</summary>
public class CorpusAcceptanceTests
{
    public static IEnumerable<object[]> Programs() => Repo.GoFiles(Repo.Corpus);

    [Theory]
    [MemberData(nameof(Programs))]
    public void CompilesWithoutDiagnostics(string name)
    {
        var files = SourceLoader.Load([name], Repo.Corpus);
        var compilation = Compilation.Create(files);
        if (!compilation.Success)
        {
            var w = new StringWriter();
            GoErrorPrinter.Write(compilation.Diagnostics, w);
            Assert.Fail($"{name} is valid Go (Go 1.22 builds it) but MiniGo reported {compilation.Diagnostics.Length} diagnostic(s):\n" +
                string.Join("\n", compilation.Diagnostics.Select(d => d.ToString())) + "\n\nas go build would print them:\n" + w);
        }
    }

    [Fact]
    public void CorpusIsPresent()
    {
        Assert.True(Programs().Count() >= 50, $"expected the corpus in {Repo.Corpus}");
        Assert.True(ErrorGoldenTests.Programs().Count() >= 20, $"expected error programs in {Repo.CorpusErrors}");
    }
}
