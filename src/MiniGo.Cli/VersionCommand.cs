using System.Reflection;

namespace MiniGo.Cli;

/// <summary><c>minigo version</c>: MiniGo's version (the package version of the tool) and the Go
/// release whose output it reproduces, in <c>go version</c>'s shape.</summary>
public static class VersionCommand
{
    public static string Version =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(VersionCommand).Assembly.GetName().Version?.ToString(3) ?? "unknown";

    public static int Run(TextWriter stdout)
    {
        stdout.WriteLine($"minigo version {Version} (reproduces go1.22 linux/amd64)");
        return 0;
    }
}
