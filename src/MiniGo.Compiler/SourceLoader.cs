using MiniGo.Syntax;

namespace MiniGo.Compiler;

/// <summary>
/// What <c>go build ARGS</c> does before the compiler runs (cmd/go/internal/load: PackagesAndErrors,
/// GoFilesPackage; go/build: Import): turns the arguments into the files of one package, or into
/// the error the go command prints (on stderr, without the <c>#</c> header, exit status 1).
///
/// Named files (some argument ending in .go names an existing file) are all compiled, whatever
/// their name or build constraints (go/build's UseAllFiles); a directory stands for the files
/// go/build would pick (<see cref="BuildConstraints"/>). Each file is named as Go prints it:
/// relative to the working directory (<c>./f.go</c> in it, <c>sub/f.go</c> below it), else absolute.
/// </summary>
public static class SourceLoader
{
    /// <summary>The go command's answer: the package's files, or its error text.</summary>
    public sealed record Result(List<SourceFile> Files, string? Error);

    /// <summary>Where Go 1.22 is installed on the reference machine (cmd/go prints it in
    /// "is not in std" errors).</summary>
    public const string GoRoot = "/usr/lib/go-1.22";

    private const string NoGoMod = "go.mod file not found in current directory or any parent directory; see 'go help modules'";

    /// <summary>Loads the package the arguments name, as <c>go build</c> does.</summary>
    public static Result LoadPackage(IReadOnlyList<string> args, string workingDirectory)
    {
        if (args.Count == 0) args = ["."];
        bool namedFiles = args.Any(a => a.EndsWith(".go", StringComparison.Ordinal) && File.Exists(Path.GetFullPath(a, workingDirectory)));
        return namedFiles ? LoadNamedFiles(args, workingDirectory) : LoadDirectories(args, workingDirectory);
    }

    /// <summary>The files (for tests and tools): <see cref="LoadPackage"/>, whose error, if any,
    /// becomes a <see cref="SourceLoadException"/> with Go's message.</summary>
    /// <exception cref="SourceLoadException">the go command would refuse the arguments.</exception>
    public static List<SourceFile> Load(IEnumerable<string> args, string workingDirectory)
    {
        var r = LoadPackage(args.ToList(), workingDirectory);
        if (r.Error != null) throw new SourceLoadException(r.Error);
        return r.Files;
    }

    /// <summary>cmd/go's GoFilesPackage: every argument a .go file, all in one directory.</summary>
    private static Result LoadNamedFiles(IReadOnlyList<string> args, string wd)
    {
        foreach (var a in args)
            if (!a.EndsWith(".go", StringComparison.Ordinal))
                return Fail($"named files must be .go files: {a}");
        string? dir = null;
        foreach (var a in args)
        {
            string full = Path.GetFullPath(a, wd);
            if (Directory.Exists(full)) return Fail($"{a} is a directory, should be a Go file");
            if (!File.Exists(full)) return Fail($"stat {a}: no such file or directory");
            string d = CleanDir(a);
            if (dir == null) dir = d;
            else if (dir != d) return Fail($"named files must all be in one directory; have {dir} and {d}");
        }
        var paths = args.Select(a => Path.GetFullPath(a, wd)).ToList();
        return ReadPackage(paths, args.ToList(), Path.GetFullPath(dir ?? ".", wd), wd);
    }

    /// <summary>Directories (and, for anything else, cmd/go's "cannot find package" errors).</summary>
    private static Result LoadDirectories(IReadOnlyList<string> args, string wd)
    {
        var paths = new List<string>();
        var shown = new List<string>();
        string? dir = null;
        foreach (var a in args)
        {
            string full = Path.GetFullPath(a, wd);
            if (!Directory.Exists(full)) return Fail(NotAPackage(a, full, wd));
            dir ??= full;
            foreach (var f in Directory.GetFiles(full, "*.go").OrderBy(f => f, StringComparer.Ordinal))
            {
                string name = Path.GetFileName(f);
                // go/build reads the headers of the test files too (a broken one fails the build).
                string asBuilt = IsTest(name) ? name[..^"_test.go".Length] + ".go" : name;
                if (asBuilt.StartsWith('_') || asBuilt.StartsWith('.') || !BuildConstraints.FileNameMatches(asBuilt)) continue;
                byte[] bytes;
                try { bytes = File.ReadAllBytes(f); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Fail(OpenError(f, e)); }
                if (!BuildConstraints.ContentMatches(bytes)) continue;
                paths.Add(f);
                shown.Add(Path.GetRelativePath(wd, f) is var rel && !rel.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(rel) ? rel : f);
            }
        }
        if (paths.Count == 0)
            return Fail($"no Go files in {dir}");
        var result = ReadPackage(paths, shown, dir!, wd);
        return result.Error == null && result.Files.Count == 0 ? Fail($"no non-test Go files in {dir}") : result;
    }

    private static bool IsTest(string fileName) => fileName.EndsWith("_test.go", StringComparison.Ordinal);

    /// <summary>Reads the files, checks their headers as go/build does (package clause, one
    /// package name; a test file may be package NAME_test), and refuses the same file twice.
    /// Test files of a directory are checked, not compiled.</summary>
    private static Result ReadPackage(List<string> paths, List<string> shown, string dir, string wd)
    {
        var files = new List<SourceFile>();
        string? firstPkg = null, firstFile = null;
        for (int i = 0; i < paths.Count; i++)
        {
            byte[] bytes;
            try { bytes = File.ReadAllBytes(paths[i]); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Fail(OpenError(shown[i], e)); }
            var header = FileHeader.Read(shown[i], bytes);
            if (header.Error != null) return Fail(header.Error);
            string name = Path.GetFileName(paths[i]);
            bool test = IsTest(name);
            if (test && header.PackageName.EndsWith("_test", StringComparison.Ordinal)) continue;
            if (firstPkg == null) { firstPkg = header.PackageName; firstFile = name; }
            else if (header.PackageName != firstPkg)
                return Fail($"found packages {firstPkg} ({firstFile}) and {header.PackageName} ({name}) in {dir}");
            if (!test) files.Add(SourceFile.FromBytes(DisplayName(paths[i], wd), bytes));
        }
        // cmd/go's check for two files whose names differ only in case (the same file twice too).
        var seen = new Dictionary<string, string>();
        foreach (var p in paths)
        {
            string name = Path.GetFileName(p);
            if (seen.TryGetValue(name.ToLowerInvariant(), out var other))
                return Fail($"package command-line-arguments: case-insensitive file name collision: \"{other}\" and \"{name}\"");
            seen[name.ToLowerInvariant()] = name;
        }
        return new Result(files, null);
    }

    /// <summary>cmd/go's error for an argument that is neither a .go file nor a directory
    /// (outside a module, as MiniGo's users run it; inside one, Go's wording differs).</summary>
    private static string NotAPackage(string arg, string full, string wd)
    {
        bool inModule = FindGoMod(wd);
        bool local = arg is "." or ".." || arg.StartsWith("./", StringComparison.Ordinal) || arg.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(arg);
        if (local)
            return inModule ? $"stat {full}: directory not found" : "go: " + NoGoMod;
        string first = arg.Split('/')[0];
        if (!first.Contains('.'))
            return $"package {arg} is not in std ({GoRoot}/src/{arg})";
        return inModule ? $"no required module provides package {arg}; to add it:\n\tgo get {arg}" : $"no required module provides package {arg}: {NoGoMod}";
    }

    private static bool FindGoMod(string wd)
    {
        for (var d = new DirectoryInfo(wd); d != null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "go.mod"))) return true;
        return false;
    }

    private static string OpenError(string name, Exception e) =>
        e is UnauthorizedAccessException ? $"open {name}: permission denied" : $"open {name}: {e.Message}";

    /// <summary>Go's filepath.Dir: the directory part, cleaned (<c>d/../f.go</c> is in <c>.</c>).</summary>
    private static string CleanDir(string path)
    {
        int slash = path.LastIndexOf('/');
        string dir = slash < 0 ? "." : slash == 0 ? "/" : path[..slash];
        return Clean(dir);
    }

    /// <summary>Go's filepath.Clean for slash-separated paths.</summary>
    private static string Clean(string path)
    {
        bool rooted = path.StartsWith('/');
        var parts = new List<string>();
        foreach (var p in path.Split('/'))
        {
            if (p is "" or ".") continue;
            if (p == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else if (p == ".." && rooted) continue;
            else parts.Add(p);
        }
        string s = string.Join("/", parts);
        return rooted ? "/" + s : s == "" ? "." : s;
    }

    private static Result Fail(string message) => new([], message);

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
/// A command-line argument that the go command refuses, with the message <c>go build</c>
/// prints for it (exit status 1): <c>stat f.go: no such file or directory</c>,
/// <c>named files must be .go files: f.txt</c>, ...
/// </summary>
public sealed class SourceLoadException(string message) : Exception(message);
