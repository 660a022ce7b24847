using MiniGo.Syntax;

namespace MiniGo.Compiler;

/// <summary>
/// Reads the files named on the command line, naming each as Go prints it: relative to the
/// working directory (<c>./f.go</c> for a file in it, <c>sub/f.go</c> below it), else absolute.
/// A directory stands for its .go files (not _test.go), as with <c>go build dir/*.go</c>.
/// </summary>
public static class SourceLoader
{
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
            else
            {
                files.Add(SourceFile.FromBytes(DisplayName(full, workingDirectory), File.ReadAllBytes(full)));
            }
        }
        return files;
    }

    public static string DisplayName(string fullPath, string workingDirectory)
    {
        string rel = Path.GetRelativePath(workingDirectory, fullPath);
        if (rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel)) return fullPath;
        return rel.Contains(Path.DirectorySeparatorChar) ? rel : "./" + rel;
    }
}
