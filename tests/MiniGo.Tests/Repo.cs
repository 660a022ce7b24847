namespace MiniGo.Tests;

/// <summary>
/// Locates the repository (the folder holding MiniGo.sln) by walking up from the test
/// assembly, so that the tests read tests/corpus in place: Go's goldens are never copied.
/// </summary>
public static class Repo
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;
    public static string Corpus => Path.Combine(Root, "tests", "corpus");
    public static string CorpusErrors => Path.Combine(Corpus, "errors");
    public static string OwnGoldens => Path.Combine(Root, "tests", "golden");
    public static string Examples => Path.Combine(Root, "examples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MiniGo.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"MiniGo.sln not found above {AppContext.BaseDirectory}");
    }

    /// <summary>File names (NAME.go) of the .go files directly in <paramref name="dir"/>, sorted.</summary>
    public static IEnumerable<object[]> GoFiles(string dir) =>
        Directory.GetFiles(dir, "*.go")
            .Select(Path.GetFileName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new object[] { n! });
}
