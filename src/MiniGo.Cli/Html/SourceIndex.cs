using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Syntax.Generated;

namespace MiniGo.Cli.Html;

/// <summary>One token of the source as the page shows it: its text (UTF-16), where it starts
/// (Go's line:column) and its kind, for colouring.</summary>
public sealed record SourceToken(int Index, int Start, int End, Pos Pos, string Kind);

/// <summary>
/// The tokens of one file and the source range of each syntax node, in token indices.
/// Go's positions mark one point of a node (a call sits at its '(', a binary expression at its
/// operator), not its extent; the page needs the extent to highlight "the source of this
/// value". A node's range is taken from the first to the last position in its subtree and then
/// widened until its brackets balance (so <c>f(x)</c> includes the ')' that no node records).
/// </summary>
public sealed class SourceIndex
{
    public SourceFile File { get; }
    public IReadOnlyList<SourceToken> Tokens { get; }
    private readonly Dictionary<(int Line, int Col), int> _tokenAt = new();
    private readonly Dictionary<Node, (int First, int Last)> _ranges = new(ReferenceEqualityComparer.Instance);

    /// <summary>UTF-16 index of each code point (ANTLR counts code points).</summary>
    private readonly int[] _utf16;

    public SourceIndex(SourceFile file)
    {
        File = file;
        var utf16 = new List<int>();
        for (int i = 0; i < file.Text.Length; i++)
        {
            utf16.Add(i);
            if (char.IsHighSurrogate(file.Text[i]) && i + 1 < file.Text.Length && char.IsLowSurrogate(file.Text[i + 1])) i++;
        }
        utf16.Add(file.Text.Length);
        _utf16 = utf16.ToArray();

        var tokens = new List<SourceToken>();
        foreach (var t in SyntaxTree.Lex(file, new DiagnosticBag()))
        {
            if (t.Type == Antlr4.Runtime.TokenConstants.EOF || t.StartIndex < 0 || t.StopIndex < t.StartIndex) continue;
            if (t.Type == GoLexer.SEMI && t.Text != ";") continue; // inserted by the semicolon rule
            var pos = file.PosAt(t.StartIndex);
            int start = Utf16(t.StartIndex), end = Utf16(t.StopIndex + 1);
            _tokenAt.TryAdd((pos.Line, pos.Col), tokens.Count);
            tokens.Add(new SourceToken(tokens.Count, start, end, pos, KindOf(t.Type, file.Text[start..end])));
        }
        Tokens = tokens;
    }

    private int Utf16(int codePoint) => _utf16[Math.Clamp(codePoint, 0, _utf16.Length - 1)];

    private static readonly HashSet<string> Keywords =
    [
        "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go",
        "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type", "var",
    ];

    private static string KindOf(int type, string text)
    {
        string name = GoLexer.DefaultVocabulary.GetSymbolicName(type) ?? "";
        if (Keywords.Contains(text)) return "kw";
        if (name.Contains("STRING") || name.Contains("RUNE") || text.StartsWith('"') || text.StartsWith('`') || text.StartsWith('\'')) return "str";
        if (text.Length > 0 && char.IsAsciiDigit(text[0]) || text.Length > 1 && text[0] == '.' && char.IsAsciiDigit(text[1])) return "num";
        if (text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_')) return "id";
        return "op";
    }

    /// <summary>The token that starts at <paramref name="p"/>, or the last one before it.</summary>
    public int TokenAt(Pos p)
    {
        if (_tokenAt.TryGetValue((p.Line, p.Col), out int i)) return i;
        int lo = 0, hi = Tokens.Count - 1, best = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var q = Tokens[mid].Pos;
            if (q.Line < p.Line || q.Line == p.Line && q.Col <= p.Col) { best = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return best;
    }

    /// <summary>The first and last token of <paramref name="node"/>, or null when no
    /// position in it is known.</summary>
    public (int First, int Last)? Range(Node node)
    {
        if (_ranges.TryGetValue(node, out var r)) return r;
        Pos? min = null, max = null;
        var stack = new Stack<Node>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            foreach (var p in PositionsOf(n))
            {
                if (!p.IsKnown) continue;
                if (min == null || Pos.Compare(p, min.Value) < 0) min = p;
                if (max == null || Pos.Compare(p, max.Value) > 0) max = p;
            }
            foreach (var c in n.Children) stack.Push(c);
        }
        if (min == null || max == null) return null;
        int first = TokenAt(min.Value), last = Balance(first, TokenAt(max.Value));
        _ranges[node] = (first, last);
        return (first, last);
    }

    private static IEnumerable<Pos> PositionsOf(Node n)
    {
        yield return n.Pos;
        switch (n)
        {
            case BlockStmt b: yield return b.Rbrace; break;
            case CompositeLit c: yield return c.Rbrace; break;
        }
    }

    /// <summary>Extends [first, last] until every bracket opened in it is closed.</summary>
    private int Balance(int first, int last)
    {
        int depth = 0;
        for (int i = first; i < Tokens.Count; i++)
        {
            string t = Text(Tokens[i]);
            if (t is "(" or "[" or "{") depth++;
            else if (t is ")" or "]" or "}") depth--;
            if (i >= last && depth <= 0) return i;
        }
        return Tokens.Count - 1;
    }

    public string Text(SourceToken t) => File.Text[t.Start..t.End];
}
