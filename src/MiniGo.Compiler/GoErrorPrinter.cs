using MiniGo.Syntax;

namespace MiniGo.Compiler;

/// <summary>
/// Prints compile errors exactly as <c>go build</c> does (cmd/compile/internal/base/print.go,
/// ErrorfAt and FlushErrors): the package header, then the errors sorted by position, one
/// per line; only one syntax error per line and no repeated message on a line; after the
/// tenth error, the errors so far and <c>POS: too many errors</c>.
/// </summary>
public static class GoErrorPrinter
{
    public const string Header = "# command-line-arguments";
    public const int MaxErrors = 10;

    public static void Write(IEnumerable<Diagnostic> reportOrder, TextWriter w)
    {
        w.WriteLine(Header);
        var kept = new List<Diagnostic>();
        Pos lastSyntax = Pos.None, lastOther = Pos.None;
        string lastMsg = "";
        foreach (var d in reportOrder)
        {
            if (d.Message.StartsWith("syntax error", StringComparison.Ordinal))
            {
                if (SameLine(lastSyntax, d.Pos)) continue;
                lastSyntax = d.Pos;
            }
            else
            {
                if (SameLine(lastOther, d.Pos) && lastMsg == d.Message) continue;
                lastOther = d.Pos;
                lastMsg = d.Message;
            }
            kept.Add(d);
            if (kept.Count >= MaxErrors)
            {
                Flush(kept, w);
                w.WriteLine($"{d.Pos}: too many errors");
                return;
            }
        }
        Flush(kept, w);
    }

    private static bool SameLine(Pos a, Pos b) => a.IsKnown && a.File == b.File && a.GoLine == b.GoLine;

    private static void Flush(List<Diagnostic> errors, TextWriter w)
    {
        // A stable sort by position, then drop a line equal to the one before it.
        var sorted = errors.Select((d, i) => (d, i))
            .OrderBy(x => x.d.Pos, Comparer<Pos>.Create(Pos.Compare)).ThenBy(x => x.i)
            .Select(x => x.d.ToString()).ToList();
        for (int i = 0; i < sorted.Count; i++)
            if (i == 0 || sorted[i] != sorted[i - 1]) w.WriteLine(sorted[i]);
    }
}
