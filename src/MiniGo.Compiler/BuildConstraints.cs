using System.Text;

namespace MiniGo.Compiler;

/// <summary>
/// Which files of a directory <c>go build</c> compiles on linux/amd64 (go/build's Import,
/// goodOSArchFile, shouldBuild): not <c>_x.go</c>, <c>.x.go</c> or <c>x_test.go</c>, not a file
/// whose name ends in another system or architecture (<c>x_windows.go</c>, <c>x_arm64.go</c>),
/// and not a file whose <c>//go:build</c> line is false (<c>//go:build ignore</c>). Named files
/// (<c>go build a.go b.go</c>) are compiled regardless.
/// </summary>
public static class BuildConstraints
{
    public const string GoOs = "linux", GoArch = "amd64";

    private static readonly HashSet<string> KnownOs =
    [
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux",
        "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
    ];

    private static readonly HashSet<string> KnownArch =
    [
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle",
        "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64",
        "s390", "s390x", "sparc", "sparc64", "wasm",
    ];

    /// <summary>go/build's file-name rules.</summary>
    public static bool FileNameMatches(string fileName)
    {
        if (fileName.StartsWith('_') || fileName.StartsWith('.')) return false;
        if (fileName.EndsWith("_test.go", StringComparison.Ordinal)) return false;
        string name = fileName.Split('.')[0];
        int i = name.IndexOf('_');
        if (i < 0) return true;
        var l = name[i..].Split('_').ToList();
        if (l.Count > 0 && l[^1] == "test") l.RemoveAt(l.Count - 1);
        int n = l.Count;
        if (n >= 2 && KnownOs.Contains(l[n - 2]) && KnownArch.Contains(l[n - 1]))
            return Tag(l[n - 2]) && Tag(l[n - 1]);
        if (n >= 1 && (KnownOs.Contains(l[n - 1]) || KnownArch.Contains(l[n - 1])))
            return Tag(l[n - 1]);
        return true;
    }

    /// <summary>go/build's shouldBuild: the <c>//go:build</c> line among the comments that
    /// precede the package clause (before the last blank line before it), if any.</summary>
    public static bool ContentMatches(byte[] content)
    {
        string? goBuild = null;
        int end = 0;
        var lines = new List<string>();
        foreach (var raw in Encoding.UTF8.GetString(content).Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0) end = lines.Count;
            else if (!line.StartsWith("//", StringComparison.Ordinal)) break;
            lines.Add(line);
        }
        foreach (var line in lines.Take(end))
            if (line.StartsWith("//go:build", StringComparison.Ordinal) && (line.Length == 10 || line[10] is ' ' or '\t'))
                goBuild ??= line[10..].Trim();
        return goBuild == null || new Expr(goBuild).Eval();
    }

    /// <summary>Whether build tag <paramref name="tag"/> holds for go build on linux/amd64 with Go 1.22.</summary>
    public static bool Tag(string tag)
    {
        if (tag is GoOs or GoArch or "unix" or "gc" or "cgo") return true;
        if (tag.StartsWith("go1.", StringComparison.Ordinal) && int.TryParse(tag[4..], out int minor)) return minor is >= 1 and <= 22;
        return false;
    }

    /// <summary>A //go:build expression (go/build/constraint): <c>||</c>, <c>&amp;&amp;</c>, <c>!</c>, parentheses, tags.</summary>
    private sealed class Expr(string s)
    {
        private int _i;

        public bool Eval()
        {
            bool v = Or();
            return v;
        }

        private bool Or()
        {
            bool v = And();
            while (Eat("||")) v = And() | v;
            return v;
        }

        private bool And()
        {
            bool v = Not();
            while (Eat("&&")) v = Not() & v;
            return v;
        }

        private bool Not()
        {
            if (Eat("!")) return !Not();
            if (Eat("("))
            {
                bool v = Or();
                Eat(")");
                return v;
            }
            Skip();
            int start = _i;
            while (_i < s.Length && (char.IsLetterOrDigit(s[_i]) || s[_i] is '_' or '.')) _i++;
            return Tag(s[start.._i]);
        }

        private bool Eat(string t)
        {
            Skip();
            if (string.CompareOrdinal(s, _i, t, 0, t.Length) != 0) return false;
            _i += t.Length;
            return true;
        }

        private void Skip()
        {
            while (_i < s.Length && char.IsWhiteSpace(s[_i])) _i++;
        }
    }
}
