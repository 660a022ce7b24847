using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace MiniGo.Cli;

/// <summary>
/// The installed Go that <c>minigo diff</c> compares against: found on PATH or named with
/// --go, run with <c>GOTOOLCHAIN=local</c> (never a downloaded toolchain), an empty GOFLAGS, and
/// a fresh build cache for every build.
/// </summary>
/// <param name="Path">the go command.</param>
/// <param name="Version">its <c>go env GOVERSION</c>, e.g. <c>go1.22.12</c>.</param>
public sealed record GoToolchain(string Path, string Version)
{
    /// <summary>The Go release MiniGo reproduces.</summary>
    public const string WantedRelease = "go1.22";

    /// <summary>
    /// The go command: <paramref name="explicitPath"/> if given, else the first <c>go</c> on
    /// <paramref name="pathVariable"/>. Null with a message a user can act on when there is none,
    /// it does not run, or it is not Go 1.22.
    /// </summary>
    public static GoToolchain? Find(string? explicitPath, string? pathVariable, string wd, out string? problem)
    {
        problem = null;
        string? go = explicitPath != null ? System.IO.Path.GetFullPath(explicitPath, wd) : OnPath("go", pathVariable);
        if (go == null)
        {
            problem = "no go command on PATH: install Go 1.22 (e.g. Debian's golang-1.22-go, /usr/lib/go-1.22/bin/go) or name it with --go PATH";
            return null;
        }
        if (!File.Exists(go))
        {
            problem = $"{explicitPath}: no such file";
            return null;
        }
        var (rc, output) = Run(go, ["env", "GOVERSION"], wd, cache: null);
        string version = output.Trim();
        if (rc != 0 || version == "")
        {
            problem = $"{go} env GOVERSION failed (exit status {rc}): {version}";
            return null;
        }
        if (version != WantedRelease && !version.StartsWith(WantedRelease + ".", StringComparison.Ordinal))
        {
            problem = $"{go} is {version}, not Go 1.22: MiniGo reproduces Go 1.22, so the differences would be Go's changes (name a Go 1.22 with --go PATH)";
            return null;
        }
        return new GoToolchain(go, version);
    }

    private static string? OnPath(string name, string? pathVariable)
    {
        foreach (var dir in (pathVariable ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = System.IO.Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>
    /// <c>go build ARGS</c> in <paramref name="wd"/> with a fresh build cache, so that Go
    /// compiles the program now: from a cache that already holds it, go would replay the
    /// output of the first compile, with the paths printed from that compile's working
    /// directory. To keep this fast the fresh cache is seeded with the standard library only
    /// (built once per Go installation, without -gcflags, which apply to the named files only).
    /// Returns the exit status and stdout and stderr together.
    /// </summary>
    public (int ExitCode, string Output) Build(IReadOnlyList<string> args, string wd)
    {
        string cache = Directory.CreateTempSubdirectory("minigo-gocache-").FullName;
        try
        {
            string? seed = StandardLibrarySeed();
            if (seed != null) LinkTree(seed, cache);
            return Run(Path, ["build", .. args], wd, cache);
        }
        finally
        {
            try { Directory.Delete(cache, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// A build cache holding the standard library packages MiniGo programs use (fmt, errors
    /// and the runtime), made once per go command and version in the temporary directory; null
    /// if it cannot be made (the build then simply starts from an empty cache).
    /// </summary>
    private string? StandardLibrarySeed()
    {
        string key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path + "\n" + Version)))[..16].ToLowerInvariant();
        string seed = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"minigo-gocache-seed-{Version}-{key}");
        if (Directory.Exists(seed)) return seed;
        string work = Directory.CreateTempSubdirectory("minigo-seed-").FullName;
        try
        {
            string cache = System.IO.Path.Combine(work, "cache");
            Directory.CreateDirectory(cache);
            File.WriteAllText(System.IO.Path.Combine(work, "seed.go"),
                "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\nfunc main() { fmt.Println(errors.New(\"seed\")) }\n");
            var (rc, _) = Run(Path, ["build", "-o", System.IO.Path.Combine(work, "seed.out"), "seed.go"], work, cache);
            if (rc != 0) return null;
            try { Directory.Move(cache, seed); }
            catch (IOException) when (Directory.Exists(seed)) { }  // another minigo made it first
            return seed;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Fills <paramref name="to"/> with symbolic links to the files of <paramref name="from"/>
    /// (Go's cache entries are written once and never changed in place).</summary>
    private static void LinkTree(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.CreateSymbolicLink(System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file)), file);
    }

    /// <summary>Runs the go command; stdout and stderr are returned together, in arrival order.</summary>
    private static (int ExitCode, string Output) Run(string go, IReadOnlyList<string> args, string wd, string? cache)
    {
        var psi = new ProcessStartInfo(go)
        {
            WorkingDirectory = wd,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["GOTOOLCHAIN"] = "local";
        psi.Environment["GOFLAGS"] = "";
        psi.Environment["PWD"] = wd;
        if (cache != null) psi.Environment["GOCACHE"] = cache;
        var output = new StringBuilder();
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.Append(e.Data).Append('\n'); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }
}
