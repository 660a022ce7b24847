using System.Text;

namespace MiniGo.Tests;

/// <summary>
/// Byte-for-byte comparison against a golden file, with a readable unified diff on mismatch.
///
/// Two kinds of golden exist, and the caller must say which one it is comparing against:
/// <list type="bullet">
/// <item><b>Go's</b> (<c>tests/corpus/**/*.err.txt</c>, <c>*.m*.txt</c>): made by the real Go 1.22
/// compiler with <c>tools/regen-corpus.sh</c>. They are the ground truth and are never rewritten
/// here; a mismatch is MiniGo's bug.</item>
/// <item><b>Ours</b> (<c>tests/golden/**</c>): MiniGo's own output (tokens, trees) whose source of
/// truth is MiniGo itself. With <c>MINIGO_UPDATE_GOLDENS=1</c> a mismatching or missing file is
/// rewritten with the actual output (review the git diff afterwards).</item>
/// </list>
/// </summary>
public static class Golden
{
    public const string UpdateVariable = "MINIGO_UPDATE_GOLDENS";

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <param name="expectedPath">the golden file.</param>
    /// <param name="actual">what MiniGo printed.</param>
    /// <param name="ours">true only if the golden is MiniGo's own output (may be updated);
    /// false for goldens produced by the real Go compiler (never updated).</param>
    public static void AssertMatches(string expectedPath, string actual, bool ours)
    {
        bool exists = File.Exists(expectedPath);
        string? expected = exists ? File.ReadAllText(expectedPath, new UTF8Encoding(false)) : null;
        if (expected == actual) return;

        if (ours && UpdateRequested)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            return;
        }

        var message = new StringBuilder();
        string rel = Path.GetRelativePath(Repo.Root, expectedPath);
        if (!exists)
            message.AppendLine($"golden file {rel} does not exist.");
        else
            message.AppendLine($"output differs from golden file {rel} (--- expected, +++ actual):");
        if (expected != null) message.Append(UnifiedDiff(expected, actual, rel, "actual"));
        else message.Append(actual);
        if (ours)
            message.AppendLine($"(this golden is MiniGo's own output: rerun with {UpdateVariable}=1 to accept the new output)");
        else
            message.AppendLine("(this golden was made by Go 1.22 and is the ground truth; it is regenerated only by tools/regen-corpus.sh)");
        throw new Xunit.Sdk.XunitException(message.ToString());
    }

    /// <summary>
    /// <c>minigo build -gcflags=FLAGS NAME.go</c>, run in tests/corpus, must print Go's golden
    /// NAME.SUFFIX.txt exactly, on standard error as go build does; a program on <paramref name="knownGaps"/> must still differ, so
    /// that the list stays honest.
    /// </summary>
    public static void AssertCorpusBuild(string name, string flags, string suffix, IReadOnlyDictionary<string, string> knownGaps)
    {
        string stem = Path.GetFileNameWithoutExtension(name);
        string golden = Path.Combine(Repo.Corpus, $"{stem}.{suffix}.txt");
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(["build", $"-gcflags={flags}", "-o", "/dev/null", name], stdout, stderr, Repo.Corpus);
        // go build prints the -m report on standard error, and nothing on standard output.
        Xunit.Assert.True(rc == 0, $"exit status {rc}; stderr:\n{stderr}");
        Xunit.Assert.Equal("", stdout.ToString());
        if (knownGaps.ContainsKey(stem))
            Xunit.Assert.False(File.ReadAllText(golden).Replace("\r\n", "\n") == stderr.ToString(), $"{stem} now matches Go: remove it from KnownGaps");
        else
            AssertMatches(golden, stderr.ToString(), ours: false);
    }

    /// <summary>A unified diff (3 lines of context) of two texts, with invisible differences shown
    /// (the same as <c>minigo diff</c> prints).</summary>
    public static string UnifiedDiff(string expected, string actual, string expectedName = "expected", string actualName = "actual") =>
        MiniGo.Cli.UnifiedDiff.Format(expected, actual, expectedName, actualName);
}
