using System.Text;
using DiffPlex;
using DiffPlex.Model;

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
        int rc = MiniGo.Cli.CommandLine.Run(["build", $"-gcflags={flags}", "-o", "/dev/null", name], stdout, stderr, Repo.Corpus);
        // go build prints the -m report on standard error, and nothing on standard output.
        Xunit.Assert.True(rc == 0, $"exit status {rc}; stderr:\n{stderr}");
        Xunit.Assert.Equal("", stdout.ToString());
        if (knownGaps.ContainsKey(stem))
            Xunit.Assert.False(File.ReadAllText(golden).Replace("\r\n", "\n") == stderr.ToString(), $"{stem} now matches Go: remove it from KnownGaps");
        else
            AssertMatches(golden, stderr.ToString(), ours: false);
    }

    /// <summary>A unified diff (3 lines of context) of two texts, with invisible differences shown.</summary>
    public static string UnifiedDiff(string expected, string actual, string expectedName = "expected", string actualName = "actual")
    {
        string[] a = SplitLines(expected), b = SplitLines(actual);
        DiffResult diff = Differ.Instance.CreateDiffs(string.Join("\n", a), string.Join("\n", b), ignoreWhiteSpace: false, ignoreCase: false, new DiffPlex.Chunkers.LineChunker());
        var sb = new StringBuilder();
        sb.AppendLine($"--- {expectedName}");
        sb.AppendLine($"+++ {actualName}");
        const int context = 3;
        var blocks = diff.DiffBlocks;
        int i = 0;
        while (i < blocks.Count)
        {
            // Group blocks whose context windows touch into one hunk.
            int j = i;
            while (j + 1 < blocks.Count && blocks[j + 1].DeleteStartA - (blocks[j].DeleteStartA + blocks[j].DeleteCountA) <= 2 * context) j++;
            int startA = Math.Max(0, blocks[i].DeleteStartA - context);
            int offset = blocks[i].InsertStartB - blocks[i].DeleteStartA;
            int startB = Math.Max(0, startA + offset);
            int endA = Math.Min(a.Length, blocks[j].DeleteStartA + blocks[j].DeleteCountA + context);
            var hunk = new StringBuilder();
            int countA = 0, countB = 0, pa = startA;
            for (int k = i; k <= j; k++)
            {
                var blk = blocks[k];
                for (; pa < blk.DeleteStartA; pa++, countA++, countB++) hunk.AppendLine(" " + Show(At(a, pa)));
                for (int d = 0; d < blk.DeleteCountA; d++, pa++, countA++) hunk.AppendLine("-" + Show(At(a, pa)));
                for (int n = 0; n < blk.InsertCountB; n++, countB++) hunk.AppendLine("+" + Show(At(b, blk.InsertStartB + n)));
            }
            for (; pa < endA; pa++, countA++, countB++) hunk.AppendLine(" " + Show(At(a, pa)));
            sb.AppendLine($"@@ -{(countA == 0 ? startA : startA + 1)},{countA} +{(countB == 0 ? startB : startB + 1)},{countB} @@");
            sb.Append(hunk);
            i = j + 1;
        }
        if (blocks.Count == 0)
            sb.AppendLine("(the lines are equal; the texts differ in line endings or a final newline)");
        if (expected.Length > 0 && actual.Length > 0 && expected.EndsWith('\n') != actual.EndsWith('\n'))
            sb.AppendLine(expected.EndsWith('\n') ? "\\ actual has no newline at end of file" : "\\ expected has no newline at end of file");
        return sb.ToString();
    }

    private static string At(string[] lines, int i) => i < lines.Length ? lines[i] : "";

    private static string[] SplitLines(string s)
    {
        if (s.EndsWith('\n')) s = s[..^1];
        return s.Length == 0 ? [] : s.Split('\n');
    }

    /// <summary>Makes a carriage return and trailing blanks visible; tabs stay tabs.</summary>
    private static string Show(string line)
    {
        line = line.Replace("\r", "\\r");
        int trimmed = line.TrimEnd(' ').Length;
        return trimmed == line.Length ? line : line[..trimmed] + new string('·', line.Length - trimmed);
    }
}
