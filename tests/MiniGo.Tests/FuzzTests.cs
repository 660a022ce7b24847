using System.Text;
using CsCheck;
using MiniGo.Compiler;
using MiniGo.Syntax;

namespace MiniGo.Tests;

/// <summary>
/// Property tests: whatever the input (corpus programs with random edits, random bytes, invalid
/// UTF-8), <see cref="Compilation.Create(IEnumerable{SourceFile})"/> never throws, and every
/// diagnostic has a known position and a message, and prints.
/// 10,000 mutated programs in all (<see cref="MutatedPrograms"/>), plus random bytes.
/// A failure prints CsCheck's seed; rerun one case with <c>seed:</c> in the Sample call.
/// </summary>
public class FuzzTests
{
    private static readonly byte[][] Seeds =
        Directory.GetFiles(Repo.Corpus, "*.go").Concat(Directory.GetFiles(Repo.CorpusErrors, "*.go"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToArray();

    private static readonly string[] GoTokens =
    [
        "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
        "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select",
        "struct", "switch", "type", "var", "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=", "&&", "||", "<-", "++", "--",
        "==", "<", ">", "=", "!", "~", "!=", "<=", ">=", ":=", "...", "(", ")", "[", "]", "{", "}",
        ",", ";", ".", ":", "\n", " ", "\t", "x", "_", "main", "int", "string", "nil", "true", "iota",
        "append", "len", "make", "new", "panic", "fmt.Println", "0", "1", "0x", "0b2", "08", "1e", "1.5i",
        "'a'", "'ab'", "'\\", "\"s\"", "\"", "`raw`", "`", "/*", "*/", "//", "\"\\q\"", "\u00e9", "\uFEFF", "\0",
    ];

    /// <summary>One random edit; positions are taken modulo the current length.</summary>
    private sealed record Mutation(int Kind, int At, int Len, int Other, int Token, byte Byte)
    {
        public byte[] Apply(byte[] s)
        {
            int n = s.Length;
            int at = n == 0 ? 0 : At % (n + 1);
            int len = Math.Min(Len, n - at);
            switch (Kind)
            {
                case 0: // delete a range
                    return [.. s[..at], .. s[(at + len)..]];
                case 1: // insert a Go token
                    return [.. s[..at], .. Encoding.UTF8.GetBytes(GoTokens[Token % GoTokens.Length]), .. s[at..]];
                case 2: // duplicate a range
                    return [.. s[..(at + len)], .. s[at..(at + len)], .. s[(at + len)..]];
                case 3: // swap two ranges
                {
                    if (n == 0) return s;
                    int other = Other % n;
                    int a = Math.Min(at, other), b = Math.Max(at, other);
                    int l = Math.Min(len, b - a);
                    l = Math.Min(l, n - b);
                    var r = (byte[])s.Clone();
                    Array.Copy(s, a, r, b, l);
                    Array.Copy(s, b, r, a, l);
                    return r;
                }
                case 4: // insert a random byte (often invalid UTF-8)
                    return [.. s[..at], Byte, .. s[at..]];
                case 5: // overwrite a byte
                {
                    if (at >= n) return s;
                    var r = (byte[])s.Clone();
                    r[at] = Byte;
                    return r;
                }
                default: // truncate
                    return s[..at];
            }
        }
    }

    private static readonly Gen<Mutation> GenMutation =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 100_000], Gen.Int[0, 40], Gen.Int[0, 100_000], Gen.Int[0, 1000], Gen.Byte)
            .Select(t => new Mutation(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6));

    private static readonly Gen<byte[]> GenMutatedProgram =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], GenMutation.Array[1, 6])
            .Select((seed, mutations) => mutations.Where(m => m.Kind != 6).Concat(mutations.Where(m => m.Kind == 6).Take(1))
                .Aggregate(Seeds[seed], (s, m) => m.Apply(s)));

    private static void CompilesWithoutCrash(byte[] bytes)
    {
        var compilation = Compilation.Create(SourceFile.FromBytes("./fuzz.go", bytes));
        foreach (var d in compilation.Diagnostics)
        {
            // The one message Go prints without a position is the linker's missing-main error.
            if (!d.Pos.IsKnown && !d.Message.Contains("function main is undeclared", StringComparison.Ordinal))
                throw new Exception($"diagnostic without position: {d}");
            if (string.IsNullOrWhiteSpace(d.Message)) throw new Exception($"diagnostic without message at {d.Pos}");
        }
        GoErrorPrinter.Write(compilation.Diagnostics, TextWriter.Null);
    }

    private static string Show(byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        return text.Length > 4000 ? text[..4000] + "…" : text;
    }

    /// <summary>Corpus programs after 1-6 random edits: 10,000 inputs in two halves (xUnit runs them in parallel).</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void MutatedPrograms(int half)
    {
        _ = half;
        GenMutatedProgram.Sample(CompilesWithoutCrash, iter: 5_000, print: Show);
    }

    [Fact]
    public void RandomBytes()
    {
        Gen.Byte.Array[0, 600].Sample(CompilesWithoutCrash, iter: 1_000, print: b => Convert.ToHexString(b));
    }

    [Fact]
    public void RandomBytesAfterPackageClause()
    {
        var prefix = Encoding.UTF8.GetBytes("package main\n\nfunc main() {\n");
        Gen.Byte.Array[0, 600].Select(b => prefix.Concat(b).ToArray())
            .Sample(CompilesWithoutCrash, iter: 1_000, print: b => Convert.ToHexString(b));
    }

    [Fact]
    public void InvalidUtf8()
    {
        byte[][] cases =
        [
            [0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0x80], [0xef, 0xbb, 0xbf],
            .. new[] { "package main\n\nvar s = \"", "package main\n\n// ", "package main\n\nvar r = '", "package main\n\nvar x", "package main\n\nvar s = `" }
                .Select(p => Encoding.UTF8.GetBytes(p).Concat(new byte[] { 0xff, 0xfe, 0x80, (byte)'\n' }).ToArray()),
        ];
        foreach (var c in cases) CompilesWithoutCrash(c);
    }
}
