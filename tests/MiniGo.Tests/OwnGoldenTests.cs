using MiniGo.Cli;

namespace MiniGo.Tests;

/// <summary>
/// MiniGo's own pass-by-pass output (tokens, syntax tree) for the README example and a few corpus
/// programs, kept in tests/golden. These goldens are ours: after an intended change, rerun with
/// MINIGO_UPDATE_GOLDENS=1 and review the git diff.
/// </summary>
public class OwnGoldenTests
{
    public static IEnumerable<object[]> Cases()
    {
        foreach (var (dir, name) in new[] { ("examples", "traps.go"), ("tests/corpus", "closure_ref_capture.go"), ("tests/corpus", "type_switch.go") })
            foreach (var command in new[] { "tokens", "ast" })
                yield return [dir, name, command];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PassOutputMatchesOurGolden(string dir, string name, string command)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run([command, name], stdout, stderr, Path.Combine(Repo.Root, dir));
        Assert.True(rc == 0, $"exit status {rc}\n{stdout}\n{stderr}");
        string golden = Path.Combine(Repo.OwnGoldens, $"{Path.GetFileNameWithoutExtension(name)}.{command}.txt");
        Golden.AssertMatches(golden, stdout.ToString(), ours: true);
    }
}
