using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MiniGo.Escape;
using MiniGo.Ssa;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using SsaFunction = MiniGo.Ssa.Function;

namespace MiniGo.Cli.Html;

/// <summary>Everything the page shows, computed by <see cref="HtmlCommand"/>: the file, its
/// syntax tree and types, the SSA form before promotion (naive) and after it (with escape
/// analysis' heap/stack decisions on the Allocs), the location graph, the reports that explain
/// each variable and allocation, and Go's -m=2 lines.</summary>
public sealed record PageInput(
    string Title,
    SourceIndex Source,
    Syntax.Ast.File Syntax,
    Info Info,
    SsaProgram Ssa,
    SsaProgram Naive,
    EscapeGraph Graph,
    IReadOnlyList<EscapeMessage> Messages,
    IReadOnlyList<LocationReport> Reports,
    GraphRenderer Renderer);

/// <summary>
/// <c>minigo html</c>'s page, in the spirit of Go's GOSSAFUNC <c>ssa.html</c>: for each
/// function, one column per pass side by side, and clicking anything highlights the same value,
/// variable or source position in every column (see <see cref="LinkKeys"/>). The page is one
/// self-contained file: inline CSS and JavaScript, no request at view time (its Content
/// Security Policy forbids them), and every piece of program text HTML-escaped.
/// </summary>
public static class HtmlPage
{
    /// <summary>One part of the page: a top-level function (or method) with its closures; or
    /// the package level: the package initializer and the wrappers Go generates, with the
    /// package-level declarations that Go reports on. Lines: the source lines of
    /// <see cref="Decls"/> (first, last). Owns: the positions whose -m=2 lines and escape
    /// decisions belong here.</summary>
    private sealed record Section(int Index, string Name, IReadOnlyList<Decl> Decls, IReadOnlyList<(int First, int Last)> Lines,
        IReadOnlyList<SsaFunction> Ssa, IReadOnlyList<SsaFunction> Naive, Func<Pos, bool> Owns);

    /// <summary>The whole page; with <paramref name="only"/> just that section (see <see cref="FindFunction"/>).</summary>
    public static string Build(PageInput input, string? only = null)
    {
        var sections = Sections(input).Where(s => only == null || s.Name == only).ToList();
        var keys = new LinkKeys(input.Info);
        var sb = new StringBuilder();
        string hash = System.Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(PageAssets.Script)));
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{hash}'\">\n");
        sb.Append($"<title>minigo html: {E(input.Title)}</title>\n<style>{PageAssets.Style}</style>\n</head>\n<body>\n");
        sb.Append("<header>\n");
        sb.Append($"<h1>MiniGo passes: <code>{E(input.Title)}</code></h1>\n");
        sb.Append("<label class=\"picker\">function <select id=\"fn-picker\"").Append(sections.Count <= 1 ? " disabled" : "").Append('>');
        foreach (var s in sections) sb.Append($"<option value=\"f{s.Index}\">{E(s.Name)}</option>");
        sb.Append("</select></label>\n");
        sb.Append("<p class=\"help\">Click a value, a variable or a piece of source: the same thing is highlighted in every column. "
            + "<kbd>Esc</kbd> clears. Click a column's title to fold it. <span class=\"badge heap\">heap</span> / <span class=\"badge stack\">stack</span> "
            + "mark where escape analysis puts an allocation; click one for the reason.</p>\n");
        sb.Append("</header>\n<main>\n");
        if (sections.Count == 0) sb.Append("<p class=\"empty\">This file declares no function with a body.</p>\n");
        input.Renderer.Prepare(sections.Select(s => Graph(input, s)).OfType<EscapeGraph>().Select(GraphPrinter.FormatDot));
        foreach (var s in sections) WriteSection(sb, input, keys, s, hidden: s != sections[0]);
        sb.Append("</main>\n<div id=\"info\" hidden></div>\n");
        sb.Append($"<script>{PageAssets.Script}</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The functions with a body, in source order, with their SSA forms; then the
    /// package level, when its initializer does something or Go reports anything outside the
    /// functions (package-level variables, generated wrappers).</summary>
    private static List<Section> Sections(PageInput input)
    {
        var list = new List<Section>();
        string file = input.Source.File.Name;
        var text = input.Source.File.Text.Split('\n');
        // A declaration's lines, with the comment lines right above it (the doc comment a
        // student reads first).
        (int, int) LinesOf(Decl d)
        {
            int first = d.Pos.Line;
            while (first > 1 && text[first - 2].TrimStart().StartsWith("//", StringComparison.Ordinal)) first--;
            return (first, d is FuncDecl { Body: { } b } ? b.Rbrace.Line
                : input.Source.Range(d) is { } r ? input.Source.Tokens[r.Last].Pos.Line : d.Pos.Line);
        }
        foreach (var fd in input.Syntax.Decls.OfType<FuncDecl>())
        {
            if (fd.Body == null) continue;
            var f = input.Ssa.Functions.FirstOrDefault(x => ReferenceEquals(x.Syntax, fd));
            if (f == null) continue;
            var naive = input.Naive.Functions.Where(x => ReferenceEquals(x.Syntax, fd)).ToList();
            var (first, last) = LinesOf(fd);
            list.Add(new Section(list.Count, f.FullName.Replace("main.", ""), [fd], [(first, last)], [f], naive,
                p => p.IsKnown && p.File == file && p.Line >= first && p.Line <= last));
        }
        var functions = list.ToList();
        bool PackageLevel(Pos p) => p.IsKnown && !functions.Any(s => s.Owns(p));
        var ssa = input.Ssa.Functions.Where(f => f.Syntax is not FuncDecl && f.Parent == null && f.Blocks.Count > 0).ToList();
        var naiveFns = input.Naive.Functions.Where(f => ssa.Any(x => x.FullName == f.FullName)).ToList();
        var decls = input.Syntax.Decls.Where(d => d is not (FuncDecl or ImportDecl)
            && (d is VarDecl || input.Messages.Any(m => m.Pos.File == file && LinesOf(d) is var (a, b) && m.Pos.Line >= a && m.Pos.Line <= b))).ToList();
        if (ssa.Any(f => f.Blocks.Sum(b => b.Instrs.Count) > 1) || input.Messages.Any(m => PackageLevel(m.Pos)))
            list.Add(new Section(list.Count, "package level", decls, decls.Select(LinesOf).ToList(), ssa, naiveFns, PackageLevel));
        return list;
    }

    /// <summary>The section <c>minigo html -func NAME</c> picks: a function's name, a method as
    /// (*T).name or name, a closure's name (its function's section), or init; null if none.</summary>
    public static string? FindFunction(PageInput input, string name)
    {
        foreach (var s in Sections(input))
        {
            if (s.Name == name || s.Ssa.SelectMany(SsaWithClosures).Any(c => c.Name == name || c.FullName == name))
                return s.Name;
        }
        return null;
    }

    public static IEnumerable<string> FunctionNames(PageInput input) => Sections(input).Select(s => s.Name);

    private static IEnumerable<SsaFunction> SsaWithClosures(SsaFunction f)
    {
        yield return f;
        foreach (var a in f.AnonFuncs)
            foreach (var x in SsaWithClosures(a)) yield return x;
    }

    // ---------------------------------------------------------------- one function

    private static void WriteSection(StringBuilder sb, PageInput input, LinkKeys keys, Section s, bool hidden)
    {
        bool Inside(Pos p) => s.Owns(p);
        var graph = Graph(input, s);
        var reports = input.Reports.Where(r => Inside(r.Pos)).OrderBy(r => r.Pos.Line).ThenBy(r => r.Pos.Col).ToList();
        var decisions = Decisions(graph);

        sb.Append($"<section class=\"func\" id=\"f{s.Index}\" data-name=\"{E(s.Name)}\"{(hidden ? " hidden" : "")}>\n");
        sb.Append($"<h2 class=\"sig\">{E(s.Ssa.Count == 1 && s.Ssa[0].Syntax is FuncDecl ? Printer.Signature(s.Ssa[0]) : "package level: " + string.Join(", ", s.Ssa.Select(f => f.Name)))}</h2>\n<div class=\"columns\">\n");

        string lineText = string.Join(", ", s.Lines.Select(r => r.First == r.Last ? $"{r.First}" : $"{r.First}–{r.Last}"));
        Column(sb, "source", "source", $"line{(s.Lines.Count == 1 && s.Lines[0].First == s.Lines[0].Last ? "" : "s")} {lineText}", () =>
        {
            foreach (var (decl, (first, last)) in s.Decls.Zip(s.Lines)) SourceColumn(sb, input, keys, decl, first, last);
        });
        Column(sb, "ast", "syntax tree", "minigo ast", () =>
        {
            foreach (var decl in s.Decls) AstColumn(sb, input, keys, decl);
        });
        Column(sb, "naive", "SSA before promotion", "minigo ssa --naive: every local in memory", () =>
        {
            if (s.Naive.Count == 0) { sb.Append("<p class=\"empty\">(no naive form)</p>"); return; }
            int i = 0;
            foreach (var f in s.Naive.SelectMany(SsaWithClosures)) SsaColumn(sb, input, keys, f, $"n{s.Index}_{i++}_", null);
        });
        Column(sb, "ssa", "SSA after promotion", "minigo ssa: new = heap, local = stack", () =>
        {
            int i = 0;
            foreach (var f in s.Ssa.SelectMany(SsaWithClosures)) SsaColumn(sb, input, keys, f, $"s{s.Index}_{i++}_", decisions);
        });
        // The place of the inliner's column: the function after inlining (Compilation.Inlined
        // gives its SSA form, and escape analysis run on it gives the -m view), between the SSA
        // form and escape analysis. Not filled yet: every other column is the -l view.
        Column(sb, "inline", "after inlining", "not shown yet", () =>
            sb.Append("<p class=\"empty\">Not shown yet. The other columns show the passes without inlining, as <code>-gcflags='-m=2 -l'</code> does.</p>"),
            folded: true);
        Column(sb, "escape", "escape analysis", "location graph and decisions", () => EscapeColumn(sb, input, keys, graph, reports, decisions));
        Column(sb, "m2", "-m=2 -l", "minigo build -gcflags='-m=2 -l'", () => MessagesColumn(sb, input, keys, Inside));
        sb.Append("</div>\n</section>\n");
    }

    /// <summary>The part of the location graph that belongs to a section.</summary>
    private static EscapeGraph? Graph(PageInput input, Section s) => Merge(s.Ssa.Select(f => input.Graph.Filter(f.Name)));

    /// <summary>The graphs of several functions as one (the package level's initializer and wrappers).</summary>
    private static EscapeGraph? Merge(IEnumerable<EscapeGraph?> parts)
    {
        var graphs = parts.OfType<EscapeGraph>().ToList();
        if (graphs.Count <= 1) return graphs.FirstOrDefault();
        var batches = graphs.SelectMany(g => g.Batches).GroupBy(b => b.Index).Select(g => g.First()).OrderBy(b => b.Index).ToList();
        return new EscapeGraph(batches, graphs.SelectMany(g => g.Messages).Distinct().ToList());
    }

    private static void Column(StringBuilder sb, string id, string title, string subtitle, Action body, bool folded = false)
    {
        sb.Append($"<div class=\"col{(folded ? " folded" : "")}\" data-col=\"{id}\">");
        sb.Append($"<h3 title=\"fold or unfold this column\">{E(title)} <small>{E(subtitle)}</small></h3><div class=\"body\">");
        body();
        sb.Append("</div></div>\n");
    }

    // ---------------------------------------------------------------- source

    private static void SourceColumn(StringBuilder sb, PageInput input, LinkKeys keys, Decl fd, int firstLine, int lastLine)
    {
        var src = input.Source;
        // Identifiers that name variables, and calls (shown by their callee's first token too,
        // since Go places a call at its '(').
        var varAt = new Dictionary<(int, int), Var>();
        var extra = new Dictionary<int, List<string>>();
        foreach (var n in Walk(fd))
        {
            if (n is Name name && keys.VarOf(name) is { } v) varAt[(name.Pos.Line, name.Pos.Col)] = v;
            if (n is CallExpr call && src.Range(call.Fun) is { } r)
                (extra.TryGetValue(r.First, out var l) ? l : extra[r.First] = new()).Add(LinkKeys.PosKey(call.Pos));
        }
        string text = src.File.Text;
        int lineStart = LineStart(text, firstLine);
        int end = LineStart(text, lastLine + 1);
        var toks = src.Tokens.Where(t => t.Start >= lineStart && t.End <= end).ToList();
        sb.Append("<pre class=\"src\">");
        int line = firstLine, cursor = lineStart;
        sb.Append($"<span class=\"ln\">{line}</span>");
        void Plain(int from, int to, string? cls)
        {
            // Text between tokens (spaces, comments), split at newlines for the line numbers.
            var part = text[from..to];
            var pieces = part.Split('\n');
            for (int i = 0; i < pieces.Length; i++)
            {
                if (i > 0) { sb.Append('\n'); line++; if (line <= lastLine) sb.Append($"<span class=\"ln\">{line}</span>"); }
                if (pieces[i].Length == 0) continue;
                string c = cls ?? (pieces[i].Trim().Length > 0 ? "cm" : "");
                if (c == "") sb.Append(E(pieces[i])); else sb.Append($"<span class=\"{c}\">{E(pieces[i])}</span>");
            }
        }
        foreach (var t in toks)
        {
            Plain(cursor, t.Start, null);
            var k = new List<string> { LinkKeys.PosKey(t.Pos) };
            if (varAt.TryGetValue((t.Pos.Line, t.Pos.Col), out var v)) k.Add(keys.VarKey(v));
            if (extra.TryGetValue(t.Index, out var more)) k.AddRange(more);
            // A token spanning lines (a raw string) is split like the text between tokens.
            var pieces = text[t.Start..t.End].Split('\n');
            for (int i = 0; i < pieces.Length; i++)
            {
                if (i > 0) { sb.Append('\n'); line++; sb.Append($"<span class=\"ln\">{line}</span>"); }
                sb.Append($"<span class=\"t {t.Kind}\" data-o=\"{t.Index}\" data-k=\"{LinkKeys.Join(k)}\">{E(pieces[i])}</span>");
            }
            cursor = t.End;
        }
        int stop = end > 0 && end <= text.Length && text[end - 1] == '\n' ? end - 1 : end;
        if (cursor < stop) Plain(cursor, stop, null);
        sb.Append("</pre>");
    }

    private static int LineStart(string text, int line)
    {
        int i = 0;
        for (int l = 1; l < line; l++)
        {
            i = text.IndexOf('\n', i);
            if (i < 0) return text.Length;
            i++;
        }
        return i;
    }

    private static IEnumerable<Node> Walk(Node root)
    {
        var stack = new Stack<Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            yield return n;
            foreach (var c in n.Children) stack.Push(c);
        }
    }

    private static string RangeAttr(PageInput input, Node? node) =>
        node != null && input.Source.Range(node) is { } r ? $" data-r=\"{r.First}-{r.Last}\"" : "";

    // ---------------------------------------------------------------- syntax tree

    private static void AstColumn(StringBuilder sb, PageInput input, LinkKeys keys, Decl fd)
    {
        sb.Append("<pre class=\"ast\">");
        foreach (var (text, node) in AstPrinter.Lines(fd))
        {
            var k = new List<string>(keys.AtPos(node.Pos));
            if (node is Name n && keys.VarOf(n) is { } v) k.Add(keys.VarKey(v));
            int split = 0;
            while (split < text.Length && "│├└─ ".Contains(text[split])) split++;
            sb.Append($"<span class=\"tree\">{E(text[..split])}</span><span class=\"node\"{KeyAttr(k)}{RangeAttr(input, node)}>{E(text[split..])}</span>\n");
        }
        sb.Append("</pre>");
    }

    // ---------------------------------------------------------------- SSA

    private static readonly Regex OperandToken = new(@"""(?:[^""\\]|\\.)*""|[A-Za-z_][A-Za-z0-9_$]*", RegexOptions.Compiled);

    /// <summary>The keys of each named value of <paramref name="f"/> (instructions, parameters,
    /// free variables): its own key, its variable, its position.</summary>
    private static Dictionary<string, List<string>> ValueKeys(SsaFunction f, LinkKeys keys, string prefix)
    {
        var map = new Dictionary<string, List<string>>();
        void Add(Value v)
        {
            if (v.Name == "" || map.ContainsKey(v.Name)) return;
            var k = new List<string> { prefix + v.Name };
            if (v.Variable is { Kind: not VarKind.Field and not VarKind.Package } var) k.Add(keys.VarKey(var));
            k.AddRange(keys.AtPos(v.Pos));
            map[v.Name] = k;
        }
        foreach (var p in f.Params) Add(p);
        foreach (var fv in f.FreeVars) Add(fv);
        foreach (var b in f.Blocks)
            foreach (var i in b.Instrs)
                if (i.IsValue) Add(i);
        return map;
    }

    /// <param name="prefix">the key prefix of this function's values: s (promoted) or n (naive),
    /// the section and the function's number in the column.</param>
    private static void SsaColumn(StringBuilder sb, PageInput input, LinkKeys keys, SsaFunction f, string prefix, Dictionary<(int, int), EscapeLocation>? decisions)
    {
        var values = ValueKeys(f, keys, prefix);
        sb.Append("<pre class=\"ssa\">");
        foreach (var line in Printer.Lines(f))
        {
            string text = line.Text;
            bool header = text.StartsWith("# Name:") || text.StartsWith("# Package:") || text.StartsWith("# Location:") || text.StartsWith("# Parent:") || text.StartsWith("# Synthetic:");
            var k = new List<string>();
            if (line.Instr is { } ins)
            {
                if (ins.IsValue && values.TryGetValue(ins.Name, out var own)) k.AddRange(own);
                else k.AddRange(keys.AtPos(ins.Pos));
            }
            string cls = line.Block != null && line.Instr == null ? "blk" : text.StartsWith('#') ? "hdr" : "ins";
            sb.Append($"<span class=\"{cls}\"");
            if (LinkKeys.Join(k) != "") sb.Append($"{KeyAttr(k)}{RangeAttr(input, line.Instr?.Source)}");
            sb.Append('>');
            if (header) sb.Append(E(text));
            else
            {
                int at = 0;
                foreach (Match m in OperandToken.Matches(text))
                {
                    if (m.Value[0] == '"' || !values.TryGetValue(m.Value, out var vk)) continue;
                    sb.Append(E(text[at..m.Index]));
                    sb.Append($"<span class=\"v\" data-k=\"{LinkKeys.Join(vk)}\">{E(m.Value)}</span>");
                    at = m.Index + m.Length;
                }
                sb.Append(E(text[at..]));
            }
            if (decisions != null && line.Instr is { } alloc && line.Block != null && Badge(alloc, decisions) is { } badge) sb.Append(badge);
            sb.Append("</span>\n");
        }
        sb.Append("</pre>");
    }

    /// <summary>Heap or stack, for an instruction that allocates (an Alloc, a make, a closure,
    /// a boxing conversion). An Alloc knows its place (escape analysis set it); the others take
    /// the decision of the allocation site escape analysis made at their position (a boxing
    /// conversion at the position of the value it boxes, as Go reports it). No site there, no
    /// badge: better none than another value's.</summary>
    private static string? Badge(Instruction ins, Dictionary<(int, int), EscapeLocation> decisions)
    {
        EscapeLocation? At(Pos p, bool allocOnly) =>
            p.IsKnown && decisions.TryGetValue((p.Line, p.Col), out var l) && (!allocOnly || l.Kind == "alloc") ? l : null;
        bool heap;
        EscapeLocation? loc;
        switch (ins)
        {
            case Alloc a:
                heap = a.Heap;
                loc = At(a.Pos, allocOnly: false);
                break;
            case MakeInterface mi:
                loc = At(mi.X.Pos, allocOnly: true);
                if (loc == null) return null;
                heap = loc.Escapes;
                break;
            case MakeSlice or MakeMap or MakeChan or MakeClosure:
                loc = At(ins.Pos, allocOnly: true);
                if (loc == null) return null;
                heap = loc.Escapes;
                break;
            default:
                return null;
        }
        string why = loc?.Verdict ?? (heap ? "heap" : "stack");
        return $" <span class=\"badge {(heap ? "heap" : "stack")}\" title=\"{E(why)}\">{(heap ? "heap" : "stack")}</span>";
    }

    /// <summary>The variables, parameters and allocations of the graph by position.</summary>
    private static Dictionary<(int, int), EscapeLocation> Decisions(EscapeGraph? graph)
    {
        var map = new Dictionary<(int, int), EscapeLocation>();
        if (graph == null) return map;
        foreach (var b in graph.Batches)
            foreach (var l in b.Locations)
                if (l.Kind is "var" or "param" or "alloc" && ParsePos(l.Pos) is { } p)
                    map.TryAdd(p, l);
        return map;
    }

    private static readonly Regex PosTail = new(@":(\d+):(\d+)$", RegexOptions.Compiled);

    private static (int Line, int Col)? ParsePos(string? pos)
    {
        if (pos == null) return null;
        var m = PosTail.Match(pos);
        return m.Success ? (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)) : null;
    }

    private static IEnumerable<string> LocationKeys(LinkKeys keys, EscapeLocation l) =>
        ParsePos(l.Pos) is { } p ? keys.AtPos(new Pos("", p.Line, p.Col)) : [];

    // ---------------------------------------------------------------- escape analysis

    private static void EscapeColumn(StringBuilder sb, PageInput input, LinkKeys keys, EscapeGraph? graph, List<LocationReport> reports, Dictionary<(int, int), EscapeLocation> decisions)
    {
        sb.Append("<h4>decisions</h4>");
        if (reports.Count == 0) sb.Append("<p class=\"empty\">No variable, parameter or allocation to decide.</p>");
        var lines = input.Source.File.Text.Split('\n');
        foreach (var r in reports)
        {
            var k = LinkKeys.Join(keys.AtPos(r.Pos));
            string where = r.Heap ? "heap" : "stack";
            string headline = r.Kind == "parameter" ? (r.Messages.FirstOrDefault() ?? (r.Heap ? "moved to heap" : "does not escape")) : where;
            sb.Append($"<div class=\"why\" data-k=\"{k}\"><div class=\"head\"><span class=\"badge {where}\">{E(headline)}</span> <b>{E(r.Name)}</b> <small>{E(r.Kind)}, line {r.Pos.Line}:{r.Pos.Col}</small></div>");
            sb.Append($"<pre class=\"explain\">{E(PlainEnglish.Format(r, lines))}</pre></div>");
        }
        sb.Append("<h4>location graph</h4>");
        if (graph == null) { sb.Append("<p class=\"empty\">(no locations)</p>"); return; }
        string? svg = input.Renderer.Svg(GraphPrinter.FormatDot(graph), dotName =>
        {
            // b{batch}_{id}: the node names GraphPrinter.FormatDot gives each location.
            var m = Regex.Match(dotName, @"^b(\d+)_(\d+)$");
            if (!m.Success) return null;
            var b = graph.Batches.FirstOrDefault(x => x.Index == int.Parse(m.Groups[1].Value));
            var l = b?.Locations.FirstOrDefault(x => x.Id == int.Parse(m.Groups[2].Value));
            return l == null ? null : (LinkKeys.Join(LocationKeys(keys, l)), $"{l.Name} ({l.Kind}): {l.Verdict ?? Attributes(l)}");
        });
        if (svg != null)
        {
            sb.Append("<p class=\"note\">Arrows point the way values flow; labels: derefs (-1 address-of, red; 0 copy; +1 load). Pink: escapes.</p>");
            sb.Append("<div class=\"graph\">").Append(svg).Append("</div>");
        }
        else
        {
            sb.Append($"<p class=\"note\">{E(input.Renderer.Unavailable ?? "Graphviz dot is not installed")}: the graph as tables.</p>");
            GraphTables(sb, keys, graph);
        }
    }

    private static string Attributes(EscapeLocation l)
    {
        var a = new List<string>();
        if (l.Escapes) a.Add("escapes");
        if (l.MovedToHeap) a.Add("moved to heap");
        if (l.Persists) a.Add("persists");
        if (l.Mutates) a.Add("mutates");
        if (l.Calls) a.Add("calls");
        return a.Count == 0 ? "-" : string.Join(", ", a);
    }

    /// <summary>The readable fallback without Graphviz: locations, then edges.</summary>
    private static void GraphTables(StringBuilder sb, LinkKeys keys, EscapeGraph graph)
    {
        foreach (var b in graph.Batches)
        {
            var byId = b.Locations.ToDictionary(l => l.Id);
            sb.Append($"<table class=\"locs\"><caption>locations of {E(string.Join(", ", b.Functions))}</caption>");
            sb.Append("<tr><th>#</th><th>location</th><th>kind</th><th>at</th><th>loop</th><th>attributes</th></tr>");
            foreach (var l in b.Locations)
            {
                var p = ParsePos(l.Pos);
                sb.Append($"<tr{(l.Escapes ? " class=\"esc\"" : "")}{KeyAttr(LocationKeys(keys, l))} title=\"{E(l.Verdict ?? Attributes(l))}\">");
                sb.Append($"<td>{l.Id}</td><td>{E(l.Name)}</td><td>{E(l.Kind)}</td><td>{(p is { } pp ? $"{pp.Line}:{pp.Col}" : "")}</td><td>{l.LoopDepth}</td><td>{E(Attributes(l))}</td></tr>");
            }
            sb.Append("</table>");
            sb.Append("<table class=\"edges\"><caption>edges: the value of <i>from</i> flows to <i>to</i></caption><tr><th>from</th><th>to</th><th>derefs</th></tr>");
            foreach (var e in b.Edges)
            {
                string Name(int id) => byId.TryGetValue(id, out var l) ? l.Name : $"#{id}";
                var k = (byId.TryGetValue(e.Src, out var s) ? LocationKeys(keys, s) : []).Concat(byId.TryGetValue(e.Dst, out var d) ? LocationKeys(keys, d) : []);
                sb.Append($"<tr{KeyAttr(k)}><td>{E(Name(e.Src))}</td><td>{E(Name(e.Dst))}</td><td class=\"{(e.Derefs < 0 ? "addr" : "")}\">{E(GraphPrinter.DerefText(e.Derefs))}</td></tr>");
            }
            sb.Append("</table>");
        }
    }

    /// <summary><c> data-k="..."</c>, or nothing for no keys (such an element is not clickable).</summary>
    private static string KeyAttr(IEnumerable<string> keys)
    {
        string k = LinkKeys.Join(keys);
        return k == "" ? "" : $" data-k=\"{k}\"";
    }

    // ---------------------------------------------------------------- -m=2

    private static readonly Regex AtPosSuffix = new(@" at [^ ]*:(\d+):(\d+)$", RegexOptions.Compiled);

    private static void MessagesColumn(StringBuilder sb, PageInput input, LinkKeys keys, Func<Pos, bool> inside)
    {
        var mine = input.Messages.Where(m => inside(m.Pos)).ToList();
        if (mine.Count == 0) { sb.Append("<p class=\"empty\">Go prints nothing for this function.</p>"); return; }
        sb.Append("<pre class=\"m2\">");
        foreach (var m in mine)
        {
            var k = new List<string>(keys.AtPos(m.Pos));
            var at = AtPosSuffix.Match(m.Text);
            if (at.Success) k.Add(LinkKeys.PosKey(new Pos("", int.Parse(at.Groups[1].Value), int.Parse(at.Groups[2].Value))));
            sb.Append($"<span class=\"msg\" data-k=\"{LinkKeys.Join(k)}\">{E(m.ToString())}</span>\n");
        }
        sb.Append("</pre>");
    }

    /// <summary>HTML-escapes text for element content and quoted attribute values.</summary>
    public static string E(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return sb.ToString();
    }
}
