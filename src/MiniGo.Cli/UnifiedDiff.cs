using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace MiniGo.Cli;

/// <summary>
/// A unified diff (<c>diff -u</c>'s format) of two texts, line by line, with DiffPlex: what
/// <c>minigo diff</c> prints, and what the tests print on a golden mismatch. Invisible
/// differences are made visible (a carriage return as <c>\r</c>, trailing blanks as <c>·</c>,
/// a missing final newline).
/// </summary>
public static class UnifiedDiff
{
    /// <summary>A unified diff (3 lines of context) of two texts, with invisible differences shown.</summary>
    public static string Format(string expected, string actual, string expectedName = "expected", string actualName = "actual")
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
