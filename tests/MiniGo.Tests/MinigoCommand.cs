using System.Diagnostics;
using System.Text;

namespace MiniGo.Tests;

/// <summary>
/// Runs the <c>minigo</c> command for a test. By default in this process
/// (<see cref="MiniGo.Cli.CommandLine.Run"/>, the JIT build). With <c>MINIGO_EXE</c> set to a
/// built <c>minigo</c> executable, as that program instead: <c>.ci/run</c> sets it to the
/// Native AOT binary and runs the CLI tests through it, so that a trimming or AOT problem (code
/// or metadata the trimmer removed, a smaller main-thread stack) fails the same tests, against the
/// same goldens and the same known-gap lists, instead of hiding behind the JIT build.
/// </summary>
public static class MinigoCommand
{
    public const string ExeVariable = "MINIGO_EXE";

    /// <summary>The executable named by <c>MINIGO_EXE</c>, or null (run in-process).</summary>
    public static string? Exe => Environment.GetEnvironmentVariable(ExeVariable) is { Length: > 0 } exe ? exe : null;

    /// <summary><c>minigo ARGS</c> in <paramref name="workingDirectory"/>: what it prints goes to
    /// <paramref name="stdout"/> and <paramref name="stderr"/>; returns the exit status.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        if (Exe is not { } exe) return MiniGo.Cli.CommandLine.Run(args, stdout, stderr, workingDirectory);

        var start = new ProcessStartInfo(exe)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        // Both pipes are read at once, so that neither can fill up and block the child.
        var err = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stdout.Write(output);
        stderr.Write(err.Result);
        return process.ExitCode;
    }
}
