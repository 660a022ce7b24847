using MiniGo.Compiler;
using MiniGo.Escape;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using AstFile = MiniGo.Syntax.Ast.File;

namespace MiniGo.Tests;

/// <summary>
/// GoExprPrinter spells expressions, statements and function names as Go 1.22's -m messages
/// do. The cases below are checked on tests/corpus/printer_f.go, _g, _h and _j, and every
/// expected text must also appear in what Go printed for that program (its goldens, made by
/// tools/regen-corpus.sh), so no expectation rests on a copy of Go's output. The corpus test
/// checks the printer against every expression and statement that Go's goldens mention.
/// </summary>
public class GoExprPrinterTests
{
    /// <summary>The programs the expectations are checked on: tests/corpus/printer_NAME.go.</summary>
    private static readonly Dictionary<string, string> Programs =
        new[] { "f", "g", "h", "j" }.ToDictionary(n => n, n => System.IO.File.ReadAllText(Path.Combine(Repo.Corpus, $"printer_{n}.go")));

    /// <summary>Everything Go 1.22 prints for printer_NAME.go (its four goldens, made by
    /// tools/regen-corpus.sh).</summary>
    private static readonly Dictionary<string, string> GoOutputs =
        Programs.Keys.ToDictionary(p => p, p => string.Concat(new[] { "m_l", "m2_l", "m", "m2" }
            .Select(mode => System.IO.File.ReadAllText(Path.Combine(Repo.Corpus, $"printer_{p}.{mode}.txt")))));

    private static string GoOutput(string program) => GoOutputs[program];

    /// <summary>An expectation is Go's spelling only if Go prints it for that program.</summary>
    private static void AssertGoPrints(string program, string text) =>
        Assert.True(GoOutput(program).Contains(text, StringComparison.Ordinal), $"Go's output for printer_{program}.go does not contain: {text}");

    private static readonly Dictionary<string, (AstFile Root, Info Info)> Compiled = new();

    private static (AstFile Root, Info Info) Compile(string name)
    {
        lock (Compiled)
        {
            if (Compiled.TryGetValue(name, out var c)) return c;
            var comp = Compilation.Create(new SourceFile($"./printer_{name}.go", Programs[name]));
            Assert.True(comp.Success, string.Join("\n", comp.Diagnostics));
            c = (comp.SyntaxTrees[0].Root!, comp.Checked!.Info);
            Compiled[name] = c;
            return c;
        }
    }

    private static IEnumerable<Node> Descendants(Node n)
    {
        yield return n;
        foreach (var c in n.Children)
            foreach (var d in Descendants(c)) yield return d;
    }

    /// <summary>The statement written on the (first) source line whose text is <paramref name="line"/>.</summary>
    private static (Stmt Stmt, Info Info) StmtOnLine(string program, string line, bool last = false)
    {
        var (root, info) = Compile(program);
        var lines = Programs[program].Split('\n');
        int no = (last ? System.Array.FindLastIndex(lines, l => l.Trim() == line) : System.Array.FindIndex(lines, l => l.Trim() == line)) + 1;
        Assert.True(no > 0, $"line not found: {line}");
        var stmt = Descendants(root).OfType<Stmt>().First(s => s.Pos.Line == no && s is not BlockStmt);
        return (stmt, info);
    }

    [Theory]
    [InlineData("f", "sink = a + b*2", "a + b * 2")]
    [InlineData("f", "sink = (a + b) * 2", "(a + b) * 2")]
    [InlineData("f", "sink = a - (b - 1)", "a - (b - 1)")]
    [InlineData("f", "sink = a - b - 1", "a - b - 1")]
    [InlineData("f", "sink = -(-a)", "- (-a)")]
    [InlineData("f", "sink = !(a < b)", "!(a < b)")]
    [InlineData("f", "sink = a < b && b < 3 || flag", "a < b && b < 3 || flag")]
    [InlineData("f", "sink = (a < b || flag) && flag", "(a < b || flag) && flag")]
    [InlineData("f", "sink = <-ch", "<-ch")]
    [InlineData("f", "sink = *p", "*p")]
    [InlineData("f", "sink = (*p).x", "(*p).x")]
    [InlineData("f", "sink = n.next.next.pts[a].x", "n.next.next.pts[a].x")]
    [InlineData("f", "sink = xs[:a]", "xs[:a]")]
    [InlineData("f", "sink = xs[1:2:3]", "xs[1:2:3]")]
    [InlineData("f", "sink = m[s+\"x\"]", "m[s + \"x\"]")]
    [InlineData("f", "sink = append(xs, xs...)", "append(xs, xs...)")]
    [InlineData("f", "sink = x.(int)", "x.(int)")]
    [InlineData("f", "sink = sp.Speak()", "sp.Speak()")]
    [InlineData("f", "sink = 'a' + r", "'a' + r")]
    [InlineData("f", "sink = 1 << 17", "131072")]
    [InlineData("f", "sink = size", "32")]
    [InlineData("f", "sink = high", "level(2)")]
    [InlineData("f", "sink = int64(5)", "int64(5)")]
    [InlineData("f", "sink = byte('a')", "byte(97)")]
    [InlineData("f", "sink = 1e6", "1e+06")]
    [InlineData("f", "sink = float64(3)", "3")]
    [InlineData("f", "sink = int32(7)", "int32(7)")]
    [InlineData("f", "sink = \"a\\tb\\\"c\"", "\"a\\tb\\\"c\"")]
    [InlineData("f", "sink = \"héllo\\x01\"", "\"héllo\\x01\"")]
    [InlineData("f", "sink = []byte(s)", "([]byte)(s)")]
    [InlineData("f", "sink = string(rune(97 + a))", "string(rune(97 + a))")]
    [InlineData("f", "sink = any(a)", "any(a)")]
    [InlineData("f", "sink = interface{}(a)", "(interface {})(a)")]
    [InlineData("f", "sink = speaker(dog{})", "speaker(dog{})")]
    [InlineData("f", "sink = s + (s + \"y\")", "s + s + \"y\"")]
    [InlineData("f", "sink = (s + \"a\") == s", "(s + \"a\") == s")]
    [InlineData("f", "sink = &point{}", "&point{}")]
    [InlineData("f", "sink = &point{x: 1}", "&point{...}")]
    [InlineData("f", "sink = []int{}", "[]int{}")]
    [InlineData("f", "sink = [...]int{1, 2}", "[2]int{...}")]
    [InlineData("f", "sink = map[string]int{\"a\": 1}", "map[string]int{...}")]
    [InlineData("f", "sink = struct{ a int }{1}", "struct { a int }{...}")]
    [InlineData("f", "sink = struct{}{}", "struct {}{}")]
    [InlineData("f", "sink = func() int { return a }", "func literal")]
    [InlineData("f", "sink = func() int { return 1 }()", "(func literal)()")]
    [InlineData("f", "sink = make([]int, size, 2*size)", "make([]int, 32, 64)")]
    [InlineData("f", "sink = make(map[int]int)", "make(map[int]int)")]
    [InlineData("f", "sink = make(map[int]int, 10)", "make(map[int]int, 10)")]
    [InlineData("f", "sink = new(*point)", "new(*point)")]
    [InlineData("f", "sink = fmt.Sprint(a)", "fmt.Sprint(... argument...)")]
    [InlineData("f", "sink = min(a, b)", "min(a, b)")]
    [InlineData("f", "sink = a&^b | 1", "a &^ b | 1")]
    [InlineData("f", "sink = a >> 2", "a >> uint(2)")]
    [InlineData("f", "sink = a * -3", "a * -3")]
    [InlineData("f", "sink = gg.Label()", "gauge.Label(gg)")]
    [InlineData("f", "sink = pg.Label()", "gauge.Label(pg)")]
    [InlineData("f", "sink = gg.Bump(high)", "(*gauge).Bump(gg, level(2))")]
    [InlineData("f", "sink = d.Speak()", "dog.Speak(d)")]
    [InlineData("f", "sink = pg.Bump", "pg.Bump")]
    [InlineData("g", "sink = 1.0 / 3", "0.333333")]
    [InlineData("g", "sink = 123456789.0", "1.23457e+08")]
    [InlineData("g", "sink = 'x' - 'a'", "'\\x17'")]
    [InlineData("g", "sink = rune(0x1F600)", "'😀'")]
    [InlineData("g", "sink = `raw\\n`", "\"raw\\\\n\"")]
    [InlineData("g", "sink = &(&pt).x", "&(&pt).x")]
    [InlineData("h", "sink = i64 == 5", "i64 == int64(5)")]
    [InlineData("h", "sink = b + 1", "b + byte(1)")]
    [InlineData("h", "sink = 1 << i64", "1 << i64")]
    [InlineData("h", "isink = x.(fmt.Stringer)", "x.(fmt.Stringer)")]
    [InlineData("h", "psink = ap[1]", "ap[1]")]
    public void ExpressionsPrintAsGoDoes(string program, string line, string expected)
    {
        AssertGoPrints(program, expected);
        var (stmt, info) = StmtOnLine(program, line);
        var rhs = Assert.IsType<AssignStmt>(stmt).Rhs[0];
        Assert.Equal(expected, GoExprPrinter.Print(rhs, info));
    }

    [Theory]
    [InlineData("g", "a, b := p, xs", "a, b := p, xs")]
    [InlineData("g", "ssink = xs[1 : len(xs)-1]", "ssink = xs[1:len(xs) - 1]")]
    [InlineData("h", "var v = p", "v := p")]
    [InlineData("h", "var w *point = q", "w := q")]
    [InlineData("j", "gs = (s.name() + \"x\")[1:]", "gs = ((*stack).name(s) + \"x\")[1:]")]
    [InlineData("j", "ch <- x", "ch <- x")]
    [InlineData("j", "var a, b = new(int), new(int)", "a, b := new(int), new(int)")]
    [InlineData("j", "return f()", "return f()")]
    public void StatementsPrintAsGoDoes(string program, string line, string expected)
    {
        AssertGoPrints(program, expected);
        var (stmt, info) = StmtOnLine(program, line);
        Assert.Equal(expected, GoExprPrinter.PrintStmt(stmt, info));
    }

    [Fact]
    public void CaseClausesPrintAsGoDoes()
    {
        var (root, info) = Compile("j");
        var clauses = Descendants(root).OfType<CaseClause>().Select(c => GoExprPrinter.PrintCase(c, info)).ToList();
        // Go notes only the first clause in this program (the others move nothing to the heap).
        AssertGoPrints("j", "from case *int: gp = x (switch case)");
        Assert.Equal("case *int: gp = x", clauses[0]);
    }

    [Fact]
    public void DevirtualizedCall()
    {
        var (stmt, info) = StmtOnLine("f", "sink = sp.Speak()", last: true); // line 138, in g
        var (root, _) = Compile("f");
        var call = Assert.IsType<CallExpr>(Assert.IsType<AssignStmt>(stmt).Rhs[0]);
        var dog = (MiniGo.Types.TypeName)root.Decls.OfType<TypeDecl>().Select(d => info.Defs[d.Name]).First(o => o!.Name == "dog")!;
        AssertGoPrints("f", "devirtualizing sp.Speak to dog");
        AssertGoPrints("f", "dog.Speak(sp.(dog)) escapes to heap");
        Assert.Equal("sp.Speak", GoExprPrinter.Print(call.Fun, info));
        Assert.Equal("dog", GoExprPrinter.TypeString(dog.Type!));
        Assert.Equal("dog.Speak(sp.(dog))", GoExprPrinter.PrintDevirtualizedCall(call, dog.Type!, info));
    }

    [Fact]
    public void PackageLevelVarIsAnAssignment()
    {
        var (root, info) = Compile("j");
        var global = root.Decls.OfType<VarDecl>().First(v => v.Names[0].Value == "global");
        AssertGoPrints("j", "from global = map[string]*int{} (assign)");
        Assert.Equal("global = map[string]*int{}", GoExprPrinter.PrintVarDecl(global, info, packageLevel: true));
        Assert.Equal("map[string]*int{}", GoExprPrinter.Print(global.Values[0], info));
    }

    [Fact]
    public void FunctionNames()
    {
        var (root, info) = Compile("f");
        string NameOf(string n) => GoExprPrinter.FuncName((Func)info.Defs[root.Decls.OfType<FuncDecl>().First(d => d.Name.Value == n).Name]!);
        AssertGoPrints("f", "can inline (*gauge).Bump");
        AssertGoPrints("f", "gauge.Label(gg)");
        Assert.Equal("f", NameOf("f"));
        Assert.Equal("(*gauge).Bump", NameOf("Bump"));
        Assert.Equal("gauge.Label", NameOf("Label"));
    }

    /// <summary>
    /// Every closure name Go prints for a corpus program (<c>outer.func1.1</c>,
    /// <c>(*T).M.func2</c>, in any of its four goldens; most are in the -m goldens' inlining
    /// lines) is the name MiniGo gives one of the program's function literals. Except
    /// <c>init.funcN</c>: with inlining on Go names a package-level closure after the package
    /// initializer; at -m -l, which MiniGo implements, it is <c>glob..funcN</c>.
    /// </summary>
    [Theory]
    [MemberData(nameof(CorpusPrograms))]
    public void ClosureNamesFollowGo(string name)
    {
        var comp = Compilation.Create(SourceLoader.Load([name], Repo.Corpus));
        Assert.True(comp.Success, string.Join("\n", comp.Diagnostics));
        var names = GoExprPrinter.ClosureNames(comp.SyntaxTrees[0].Root!, comp.Checked!.Info).Values.ToHashSet();
        var stem = Path.ChangeExtension(name, null);
        var goNames = new[] { "m_l", "m2_l", "m", "m2" }
            .SelectMany(mode => System.Text.RegularExpressions.Regex.Matches(
                System.IO.File.ReadAllText(Path.Combine(Repo.Corpus, $"{stem}.{mode}.txt")),
                @"(?<![\w.)])(\(\*?\w+\)\.)?\w+(\.func\d+)(\.\d+)*").Select(m => m.Value))
            .Where(n => !n.StartsWith("init.func", StringComparison.Ordinal))
            .ToHashSet();
        var missing = goNames.Where(n => !names.Contains(n)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"Go names closures MiniGo does not: {string.Join(", ", missing)}; MiniGo has {string.Join(", ", names.Order())}");
    }

    public static IEnumerable<object[]> CorpusPrograms() => Repo.GoFiles(Repo.Corpus);

    // Texts in Go's goldens that name compiler-generated nodes rather than source expressions.
    private static bool IsCompilerGenerated(string text) =>
        text.Contains(".autotmp_") || text.Contains("..stmp_") || text.Contains("<node ") || text == "... argument" || text.StartsWith("~p0.", StringComparison.Ordinal);

    /// <summary>
    /// Every expression of the corpus goldens (<c>X escapes to heap</c>, <c>X does not escape</c>,
    /// <c>from X (…) at POS</c>, <c>F ignoring self-assignment in STMT</c>) is the printed form of some
    /// expression or statement of the program at that position (statements: on that line).
    /// </summary>
    [Theory]
    [MemberData(nameof(CorpusPrograms))]
    public void CorpusExpressionsPrintAsInGoldens(string name)
    {
        var comp = Compilation.Create(SourceLoader.Load([name], Repo.Corpus));
        Assert.True(comp.Success, string.Join("\n", comp.Diagnostics));
        var root = comp.SyntaxTrees[0].Root!;
        var info = comp.Checked!.Info;
        // Printed expressions by position, and by line (Go positions some nodes differently,
        // e.g. a conversion at its operand; positions are not the printer's business).
        var exprs = new Dictionary<(int, int), HashSet<string>>();
        var exprLines = new Dictionary<int, HashSet<string>>();
        var stmts = new Dictionary<int, HashSet<string>>();
        void Add<TK>(Dictionary<TK, HashSet<string>> d, TK k, string s) where TK : notnull
        {
            if (!d.TryGetValue(k, out var set)) d[k] = set = new HashSet<string>();
            set.Add(s);
        }
        var concreteTypes = info.Types.Values.Select(tv => tv.Type)
            .Where(t => t is MiniGo.Types.Named { Underlying: not MiniGo.Types.Interface } or MiniGo.Types.Pointer { Elem: MiniGo.Types.Named })
            .Distinct().ToList();
        foreach (var n in Descendants(root))
        {
            switch (n)
            {
                case Name dn when info.Defs.ContainsKey(dn):
                    Add(exprs, (dn.Pos.Line, dn.Pos.Col), dn.Value);
                    Add(exprLines, dn.Pos.Line, dn.Value);
                    break;
                case Expr e when info.Types.ContainsKey(e):
                    var text = GoExprPrinter.Print(e, info);
                    Add(exprs, (e.Pos.Line, e.Pos.Col), text);
                    Add(exprLines, e.Pos.Line, text);
                    // An interface method call Go may have devirtualised: its T.M(x.(T)) form, for
                    // every concrete type of the program (which one Go picked is the escape pass's business).
                    if (e is CallExpr { Fun: SelectorExpr ds } dc && info.TypeOf(ds.X)?.Underlying is MiniGo.Types.Interface)
                        foreach (var t in concreteTypes)
                        {
                            Add(exprLines, e.Pos.Line, GoExprPrinter.PrintDevirtualizedCall(dc, t, info));
                            Add(exprLines, e.Pos.Line, $"{GoExprPrinter.Print(ds.X, info)}.({GoExprPrinter.TypeString(t)})");
                        }
                    break;
                case Stmt s:
                    Add(stmts, s.Pos.Line, GoExprPrinter.PrintStmt(s, info));
                    // A statement holding an interface method call Go devirtualised prints the
                    // call's T.M(x.(T)) form, as above.
                    if (s is not BlockStmt)
                        foreach (var ic in Descendants(s).OfType<CallExpr>().Where(c => c.Fun is SelectorExpr { X: var rx } && info.TypeOf(rx)?.Underlying is MiniGo.Types.Interface))
                            foreach (var t in concreteTypes)
                                Add(stmts, s.Pos.Line, GoExprPrinter.PrintStmt(s, info, new Dictionary<CallExpr, MiniGo.Types.Type> { [ic] = t }));
                    break;
                case CaseClause cc:
                    Add(stmts, cc.Pos.Line, GoExprPrinter.PrintCase(cc, info));
                    // A type switch's clause variable: Go reports it on the clause's last type (or `default`).
                    if (info.Implicits.TryGetValue(cc, out var iv))
                        Add(exprLines, cc.Cases.Length > 0 ? cc.Cases[^1].Pos.Line : cc.Pos.Line, iv.Name);
                    break;
                case VarDecl vd: Add(stmts, vd.Names[0].Pos.Line, GoExprPrinter.PrintVarDecl(vd, info, packageLevel: root.Decls.Contains(vd))); break;
            }
        }
        var funcs = root.Decls.OfType<FuncDecl>().Select(d => GoExprPrinter.FuncName(d, info)).ToHashSet();
        var stmtKinds = new HashSet<string> { "assign", "assign-pair", "return", "send", "switch case", "assign-pair-dot-type" };
        var problems = new List<string>();
        int checkedCount = 0;
        var golden = Path.Combine(Repo.Corpus, Path.ChangeExtension(name, null) + ".m2_l.txt");
        foreach (var line in System.IO.File.ReadAllLines(golden))
        {
            var m = System.Text.RegularExpressions.Regex.Match(line, @"^\./[^:]+:(\d+):(\d+): (.*) (escapes to heap|does not escape):?$");
            if (m.Success && !m.Groups[3].Value.StartsWith("parameter ", StringComparison.Ordinal))
            {
                var text = m.Groups[3].Value;
                var key = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
                if (text == "func literal" && !exprs.GetValueOrDefault(key, []).Contains(text)) continue; // go f(x) wrapper
                if (IsCompilerGenerated(text)) continue;
                checkedCount++;
                if (!exprs.GetValueOrDefault(key, []).Contains(text) && !exprLines.GetValueOrDefault(key.Item1, []).Contains(text))
                    problems.Add($"{line}\n  printed on that line: {string.Join(" | ", exprLines.GetValueOrDefault(key.Item1, []))}");
                continue;
            }
            m = System.Text.RegularExpressions.Regex.Match(line, @"^\./[^:]+:\d+:\d+:\s+from (.*) \(([a-z -]+)\) at \./[^:]+:(\d+):(\d+)$");
            if (m.Success)
            {
                var text = m.Groups[1].Value;
                var kind = m.Groups[2].Value;
                var key = (int.Parse(m.Groups[3].Value), int.Parse(m.Groups[4].Value));
                if (IsCompilerGenerated(text) || kind is "range-deref" or "range") continue;
                var pool = stmtKinds.Contains(kind) ? stmts.GetValueOrDefault(key.Item1, []) : exprLines.GetValueOrDefault(key.Item1, []);
                if (!stmtKinds.Contains(kind) && text == "func literal" && !pool.Contains(text)) continue; // go f(x) wrapper
                checkedCount++;
                if (!pool.Contains(text)) problems.Add($"{line}\n  printed on that line: {string.Join(" | ", pool)}");
                continue;
            }
            m = System.Text.RegularExpressions.Regex.Match(line, @"^\./[^:]+:(\d+):\d+: (\S+) ignoring self-assignment in (.*)$");
            if (m.Success)
            {
                checkedCount++;
                if (!stmts.GetValueOrDefault(int.Parse(m.Groups[1].Value), []).Contains(m.Groups[3].Value) || !funcs.Contains(m.Groups[2].Value))
                    problems.Add(line);
            }
        }
        Assert.True(problems.Count == 0, $"{problems.Count} of {checkedCount} differ:\n" + string.Join("\n", problems));
    }
}
