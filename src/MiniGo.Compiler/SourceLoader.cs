using MiniGo.Syntax;

namespace MiniGo.Compiler;

/// <summary>
/// Reads the files named on the command line, naming each as Go prints it (see
/// <see cref="DisplayName"/>): <c>./f.go</c> for a file in the working directory, <c>sub/f.go</c>
/// below it, <c>../f.go</c> next to it, else absolute.
/// A directory stands for its .go files (not _test.go), as with <c>go build dir/*.go</c>.
/// </summary>
public static class SourceLoader
{
    /// <exception cref="SourceLoadException">a file is missing or is not a .go file.</exception>
    public static List<SourceFile> Load(IEnumerable<string> args, string workingDirectory)
    {
        var files = new List<SourceFile>();
        foreach (var arg in args)
        {
            string full = Path.GetFullPath(arg, workingDirectory);
            if (Directory.Exists(full))
            {
                foreach (var f in Directory.GetFiles(full, "*.go").Where(f => !f.EndsWith("_test.go", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
                    files.Add(SourceFile.FromBytes(DisplayName(f, workingDirectory), File.ReadAllBytes(f)));
            }
            else if (!File.Exists(full))
                throw new SourceLoadException($"stat {arg}: no such file or directory");
            else if (!arg.EndsWith(".go", StringComparison.Ordinal))
                throw new SourceLoadException($"named files must be .go files: {arg}");
            else
                files.Add(SourceFile.FromBytes(DisplayName(full, workingDirectory), File.ReadAllBytes(full)));
        }
        return files;
    }

    /// <summary>
    /// The file's name as <c>go build</c> prints it in positions. The compiler is given absolute
    /// paths; the go command (work.Shell.reportCmd) then rewrites, from the file's directory
    /// upwards, the first directory whose path relative to the working directory is shorter
    /// than its absolute path (base.ShortPath): <c>./f.go</c> in the working directory,
    /// <c>sub/f.go</c> below it, <c>../f.go</c> next to it, and an absolute path when no relative
    /// one is shorter (<c>/tmp/x/f.go</c> seen from <c>/home/me/src</c>).
    /// </summary>
    public static string DisplayName(string fullPath, string workingDirectory)
    {
        for (string? dir = Path.GetDirectoryName(fullPath); dir != null; dir = Path.GetDirectoryName(dir))
        {
            string rel = Path.GetRelativePath(workingDirectory, dir);
            if (rel.Length < dir.Length) return rel + fullPath[dir.Length..];
        }
        return fullPath;
    }
}

/// <summary>
/// A command-line file that cannot be read as Go source, with the message <c>go build</c>
/// prints for it (exit status 1): <c>stat f.go: no such file or directory</c>,
/// <c>named files must be .go files: f.txt</c>.
/// </summary>
public sealed class SourceLoadException(string message) : Exception(message);
