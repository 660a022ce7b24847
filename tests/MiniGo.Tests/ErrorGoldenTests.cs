using MiniGo.Cli;

namespace MiniGo.Tests;

/// <summary>
/// Every program of tests/corpus/errors: <c>minigo build NAME.go</c>, run in that folder, must print
/// exactly what <c>go build</c> printed, on standard error, (NAME.err.txt, made by Go 1.22) and exit with status 1.
/// </summary>
public class ErrorGoldenTests
{
    public static IEnumerable<object[]> Programs() => Repo.GoFiles(Repo.CorpusErrors);

    [Theory]
    [MemberData(nameof(Programs))]
    public void BuildPrintsGoErrors(string name)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(["build", name], stdout, stderr, Repo.CorpusErrors);
        string golden = Path.Combine(Repo.CorpusErrors, Path.ChangeExtension(name, ".err.txt"));
        // go build prints the errors on standard error, nothing on standard output.
        Golden.AssertMatches(golden, stderr.ToString(), ours: false);
        Assert.Equal("", stdout.ToString());
        Assert.True(rc == 1, $"exit status {rc}, want 1; stderr:\n{stderr}");
    }
}
