using System.Text.RegularExpressions;
using MiniGo.Compiler;
using MiniGo.Syntax;

namespace MiniGo.Cli.ErrorCheck;

/// <summary>
/// What the harness's compile command prints for one file, made by MiniGo's compiler API:
/// Go runs <c>go tool compile -p=p -C -e FLAGS file.go</c> and compares its output. So:
/// <c>-C</c>, positions without a column (<c>file.go:LINE: message</c>); <c>-e</c>, every
/// error (no "too many errors" after ten); the file named by its base name (the harness
/// shortens the full path).
/// </summary>
/// <param name="Failed">compiling failed (errors, not -m messages).</param>
/// <param name="Lines">the output lines, in the compiler's order.</param>
public sealed record CompilerRun(bool Failed, IReadOnlyList<string> Lines)
{
    /// <summary>The -m level and -l of a recipe's compiler flags.</summary>
    public sealed record Flags(int MLevel, bool NoInline);

    /// <summary>
    /// Reads the compiler flags MiniGo understands (<c>-m</c>, <c>-m=N</c>, <c>-l</c>). Null,
    /// with the reason, for a combination MiniGo cannot run faithfully: another flag (its
    /// output would differ from Go's), or -m=3 and above.
    /// </summary>
    public static Flags? ParseFlags(IReadOnlyList<string> compilerFlags, out string? reason)
    {
        reason = null;
        int m = 0;
        bool l = false;
        foreach (var f in compilerFlags)
        {
            if (f == "-m") m++;
            else if (f.StartsWith("-m=", StringComparison.Ordinal) && int.TryParse(f[3..], out int n) && n >= 0) m = n;
            else if (f == "-l") l = true;
            else { reason = $"compiler flag {f} is not supported by MiniGo (it knows -m, -m=N and -l)"; return null; }
        }
        if (m > 2) { reason = $"-m={m} is not supported by MiniGo (it prints -m and -m=2)"; return null; }
        return new Flags(m, l);
    }

    /// <summary>Compiles <paramref name="source"/> (named <paramref name="shortName"/>) as Go's harness would.</summary>
    public static CompilerRun Run(byte[] source, string shortName, Flags flags)
    {
        var compilation = Compilation.Create(SourceFile.FromBytes(shortName, source));
        if (!compilation.Success)
            return new CompilerRun(true, ErrorLines(compilation.Diagnostics));
        if (flags.MLevel == 0)
            return new CompilerRun(false, []);
        var info = compilation.Checked!.Info;
        var messages = new List<MiniGo.Escape.EscapeMessage>();
        MiniGo.Ssa.SsaProgram ssa;
        if (flags.NoInline) ssa = compilation.Ssa()!;
        else
        {
            // Without -l Go inlines first: the inliner's lines, then escape analysis of the inlined program.
            var (plan, inlined) = compilation.Inlined(flags.MLevel)!.Value;
            messages.AddRange(plan.Messages.Select(l => new MiniGo.Escape.EscapeMessage(l.Pos, l.Text)));
            ssa = inlined;
        }
        messages.AddRange(Compilation.RunWithLargeStack(() => MiniGo.Escape.EscapeAnalysis.Run(ssa, info, explain: flags.MLevel == 2)));
        // After escape analysis Go's walk prints its own -m lines (elided bounds checks).
        messages.AddRange(MiniGo.Escape.BoundsCheckElision.Messages(ssa, info));
        return new CompilerRun(false, WithoutColumns(messages.Select(m => m.ToString()), shortName));
    }

    /// <summary>
    /// base.FlushErrors with -e: one syntax error per line, no message repeated on a line,
    /// sorted by position, a line equal to the one before it dropped (with -C the positions
    /// have no column, so two equal messages on one line print once). Only the message's own
    /// position loses its column: the positions types2 writes into the text keep theirs.
    /// </summary>
    private static List<string> ErrorLines(IEnumerable<Diagnostic> reportOrder)
    {
        var kept = new List<Diagnostic>();
        Pos lastSyntax = Pos.None, lastOther = Pos.None;
        string lastMsg = "";
        foreach (var d in reportOrder)
        {
            bool syntax = d.Message.StartsWith("syntax error", StringComparison.Ordinal);
            if (syntax ? SameLine(lastSyntax, d.Pos) : SameLine(lastOther, d.Pos) && lastMsg == d.Message) continue;
            if (syntax) lastSyntax = d.Pos;
            else { lastOther = d.Pos; lastMsg = d.Message; }
            kept.Add(d);
        }
        var sorted = kept.Select((d, i) => (d, i))
            .OrderBy(x => x.d.Pos, Comparer<Pos>.Create(Pos.Compare)).ThenBy(x => x.i)
            .Select(x => x.d.Pos.IsKnown ? $"{x.d.Pos.File}:{x.d.Pos.Line}: {x.d.Message}" : x.d.Message).ToList();
        // The types2 part of a message keeps its columns (`\tf.go:3:5: other declaration of x`).
        return sorted.Where((s, i) => i == 0 || s != sorted[i - 1]).SelectMany(s => s.Split('\n')).ToList();
    }

    private static bool SameLine(Pos a, Pos b) => a.IsKnown && a.File == b.File && a.Line == b.Line;

    /// <summary>
    /// -C for -m messages: every position printed by base.FmtPos (a message's own, and those in
    /// its text, e.g. -m=2's <c>from return p (return) at f.go:20</c>) loses its column.
    /// </summary>
    private static string WithoutColumns(string text, string shortName) =>
        Regex.Replace(text, @"(?<![\w./-])(" + Regex.Escape(shortName) + @":\d+):\d+", "$1");

    private static List<string> WithoutColumns(IEnumerable<string> messages, string shortName) =>
        messages.SelectMany(m => m.Split('\n')).Where(l => l != "").Select(l => WithoutColumns(l, shortName)).ToList();
}
