using MiniGo.Compiler;
using MiniGo.Escape;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using AstFile = MiniGo.Syntax.Ast.File;

namespace MiniGo.Tests;

/// <summary>
/// GoExprPrinter spells expressions, statements and function names as Go 1.22's -m messages
/// do. Every expectation below was produced by the real compiler
/// (<c>go build -gcflags='-m -l'</c> or <c>'-m=2 -l'</c>) on the program it is checked against;
/// the comment on each case quotes the Go output line. The corpus test checks the printer
/// against every expression and statement that Go's goldens in tests/corpus mention.
/// </summary>
public class GoExprPrinterTests
{
    // f.go as compiled by Go 1.22 for the expectations below.
    private const string Prog_f = """
package main

import "fmt"

type point struct{ x, y int }
type level int
type gauge struct{ name string; lvl level }
type node struct{ next *node; val int; pts [3]point; m map[string]int }
type speaker interface{ Speak() string }
type dog struct{ name string }

func (d dog) Speak() string    { return d.name }
func (g gauge) Label() string  { return g.name }
func (g *gauge) Bump(l level) int { g.lvl += l; return int(g.lvl) }

const size = 32
const high level = 2

var sink any
var psink *int

func f(a, b int, s string, bs []byte, p *point, n *node, ch chan int, m map[string]int, sp speaker, fn func(int) int, xs []int, r rune, flag bool, x any, f64 float64) {
	sink = a + b*2
	sink = (a + b) * 2
	sink = a - (b - 1)
	sink = a - b - 1
	sink = -a
	sink = -(-a)
	sink = ^a
	sink = !flag
	sink = !(a < b)
	sink = a < b && b < 3 || flag
	sink = (a < b || flag) && flag
	sink = <-ch
	sink = *p
	sink = p.x
	sink = (*p).x
	sink = n.next.next.pts[a].x
	sink = xs[a:b]
	sink = xs[:a]
	sink = xs[1:]
	sink = xs[:]
	sink = xs[1:2:3]
	sink = s[1:a]
	sink = m["k"]
	sink = m[s+"x"]
	sink = len(xs)
	sink = cap(xs)
	sink = append(xs, 1)
	sink = append(xs, xs...)
	sink = x.(int)
	sink = x.(*point)
	sink = x.(speaker)
	sink = sp.Speak()
	sink = fn(a)
	sink = fn
	sink = 'a' + r
	sink = 'a'
	sink = r
	sink = 1 << 17
	sink = size
	sink = high
	sink = level(a)
	sink = int64(5)
	sink = byte('a')
	sink = 2.5
	sink = f64 * 2
	sink = 1e6
	sink = float64(3)
	sink = uint8(200)
	sink = int32(7)
	sink = "a\tb\"c"
	sink = "héllo\x01"
	sink = true
	sink = a == b
	sink = x == nil
	sink = string(bs)
	sink = []byte(s)
	sink = []rune(s)
	sink = string(rune(97 + a))
	sink = float64(a)
	sink = int(a)
	sink = any(a)
	sink = interface{}(a)
	sink = speaker(dog{})
	sink = s + "x" + s
	sink = s + (s + "y")
	sink = (s + "a") == s
	sink = len(s + "z")
	sink = point{1, 2}
	sink = &point{}
	sink = &point{x: 1}
	sink = []int{}
	sink = []int{1}
	sink = []*point{{1, 2}}
	sink = []point{{1, 2}}
	sink = [...]int{1, 2}
	sink = map[string]int{"a": 1}
	sink = struct{ a int }{1}
	sink = struct{}{}
	sink = func() int { return a }
	sink = func() int { return 1 }()
	sink = make([]int, a)
	sink = make([]int, size, 2*size)
	sink = make(map[int]int)
	sink = make(map[int]int, 10)
	sink = make(chan int)
	sink = make(chan int, 3)
	sink = new(int)
	sink = new(point)
	sink = new([]int)
	sink = new(*point)
	sink = dog.Speak
	sink = (*gauge).Bump
	sink = fmt.Sprint(a)
	sink = min(a, b)
	sink = a % 3 & b
	sink = a &^ b | 1
	sink = a >> 2
	sink = -3
	sink = a * -3
	sink = psink
	sink = (*int)(nil)
	sink = x.(fmt.Stringer)
	sink = a != b == flag
}

func g(gg gauge, pg *gauge, d dog) {
	sink = gg.Label()
	sink = pg.Label()
	sink = gg.Bump(high)
	sink = pg.Bump(level(3))
	sink = d.Speak()
	sink = gg.Label
	sink = pg.Bump
	sink = gauge.Label(gg)
	var sp speaker = d
	sink = sp.Speak()
}

func main() {}
""";

    // g.go as compiled by Go 1.22 for the expectations below.
    private const string Prog_g = """
package main

import "fmt"

type point struct{ x, y int }
type gauge struct{ name string }
type speaker interface{ Speak() string }
type dog struct{ name string }

func (d dog) Speak() string    { return d.name }
func (g *gauge) Bump(n int) int { return n }

var sink any
var psink *point
var fsink func(int) int
var ssink []int


func f(x any, p *point, fn func(int) int, xs []int, pp **point, ch chan *point, m map[string]*point, d dog) {
	sink = x.(*point)
	sink = x.(fmt.Stringer)
	sink = x.(speaker)
	psink = (*point)(nil)
	fsink = fn
	fsink = func(int) int { return 1 }
	sink = dog.Speak
	sink = (*gauge).Bump
	psink = *pp
	psink = <-ch
	psink = m["a"]
	fmt.Println()
	var q = p
	psink = q
	r := &point{}
	r.x = 1
	ssink = xs[1:len(xs)-1]
	a, b := p, xs
	psink, ssink = a, b
	_ = x
	var pt point
	psink = &pt
	arr := [3]point{}
	psink = &arr[1]
	sink = &(&pt).x
	i := 3
	i++
	i += 2
	ssink = append(ssink, i)
	k := 'b'
	sink = k
	var u8 uint8 = 'c'
	sink = u8
	sink = float32(1.5)
	sink = 0.1
	sink = 1.0 / 3
	sink = 1e21
	sink = 100000000.0
	sink = 123456789.0
	sink = -0.5
	sink = 'x' - 'a'
	sink = '\n'
	sink = rune(0x1F600)
	sink = "tab\there" + "é"
	sink = `raw\n`
	sink = len("abc")
	sink = d
}

func main() {}
""";

    // h.go as compiled by Go 1.22 for the expectations below.
    private const string Prog_h = """
package main

import "fmt"

type point struct{ x, y int }
type speaker interface{ speak() string }
type fn func(int) int

var sink any
var psink *point
var ssink []*point
var isink fmt.Stringer

func f(x any, p *point, i64 int64, b byte, ap *[3]*point, m map[string]*point, ch chan *point, q *point) (res *point) {
	sink = i64 == 5
	sink = b + 1
	sink = i64 << 2
	sink = 1 << i64
	isink = x.(fmt.Stringer)
	sink = x.(speaker)
	sink = interface{ speak() string }(nil)
	sink = fn(nil)
	sink = (func(int) int)(nil)
	sink = (*point)(nil)
	psink = ap[1]
	var v = p
	psink = v
	var w *point = q
	psink = w
	v2, ok := m["a"]
	if ok {
		psink = v2
	}
	switch {
	case b > 2:
		res = ch2(ch)
	}
	return
}

func ch2(ch chan *point) *point {
	r := <-ch
	return r
}

func g(s []*point, m map[int]*point) *point {
	for _, v := range s {
		if v != nil {
			return v
		}
	}
	t, ok := m[1]
	_ = ok
	return t
}

func main() {}
""";

    // j.go as compiled by Go 1.22 for the expectations below.
    private const string Prog_j = """
package main

type stack struct{ items []*int }

var global = map[string]*int{}
var gp *int
var gs string

func (s *stack) each() func() *int {
	return func() *int {
		f := func() *int { return s.items[0] }
		return f()
	}
}

func classify(v any, p *int, s string) {
	switch x := v.(type) {
	case *int:
		gp = x
	case string, error:
		_ = x
	}
	switch {
	case s == "a":
		gs = s + "!"
	default:
		gs = s + "?"
	}
	if q := p; q != nil {
		gp = q
	} else {
		gp = nil
	}
}

func calls(s *stack, ch chan *int) {
	gp = s.each()()
	gp = <-ch
	x := new(int)
	ch <- x
	gs = (s.name() + "x")[1:]
	var a, b = new(int), new(int)
	gp = a
	gp = b
}

func (s *stack) name() string { return "s" }

func main() {}
""";

    private static readonly Dictionary<string, string> Programs = new()
    {
        ["f"] = Prog_f, ["g"] = Prog_g, ["h"] = Prog_h, ["j"] = Prog_j,
    };

    private static readonly Dictionary<string, (AstFile Root, Info Info)> Compiled = new();

    private static (AstFile Root, Info Info) Compile(string name)
    {
        lock (Compiled)
        {
            if (Compiled.TryGetValue(name, out var c)) return c;
            var comp = Compilation.Create(new SourceFile($"./{name}.go", Programs[name]));
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
    [InlineData("f", "sink = a + b*2", "a + b * 2")] // ./f.go:23:11: a + b * 2 escapes to heap
    [InlineData("f", "sink = (a + b) * 2", "(a + b) * 2")] // ./f.go:24:17: (a + b) * 2 escapes to heap
    [InlineData("f", "sink = a - (b - 1)", "a - (b - 1)")] // ./f.go:25:11: a - (b - 1) escapes to heap
    [InlineData("f", "sink = a - b - 1", "a - b - 1")] // ./f.go:26:15: a - b - 1 escapes to heap
    [InlineData("f", "sink = -(-a)", "- (-a)")] // ./f.go:28:9: - (-a) escapes to heap
    [InlineData("f", "sink = !(a < b)", "!(a < b)")] // ./f.go:31:9: !(a < b) escapes to heap
    [InlineData("f", "sink = a < b && b < 3 || flag", "a < b && b < 3 || flag")] // ./f.go:32:24: a < b && b < 3 || flag escapes to heap
    [InlineData("f", "sink = (a < b || flag) && flag", "(a < b || flag) && flag")] // ./f.go:33:25: (a < b || flag) && flag escapes to heap
    [InlineData("f", "sink = <-ch", "<-ch")] // ./f.go:34:9: <-ch escapes to heap
    [InlineData("f", "sink = *p", "*p")] // ./f.go:35:9: *p escapes to heap
    [InlineData("f", "sink = (*p).x", "(*p).x")] // ./f.go:37:13: (*p).x escapes to heap
    [InlineData("f", "sink = n.next.next.pts[a].x", "n.next.next.pts[a].x")] // ./f.go:38:27: n.next.next.pts[a].x escapes to heap
    [InlineData("f", "sink = xs[:a]", "xs[:a]")] // ./f.go:40:11: xs[:a] escapes to heap
    [InlineData("f", "sink = xs[1:2:3]", "xs[1:2:3]")] // ./f.go:43:11: xs[1:2:3] escapes to heap
    [InlineData("f", "sink = m[s+\"x\"]", "m[s + \"x\"]")] // ./f.go:46:10: m[s + "x"] escapes to heap
    [InlineData("f", "sink = append(xs, xs...)", "append(xs, xs...)")] // ./f.go:50:15: append(xs, xs...) escapes to heap
    [InlineData("f", "sink = x.(int)", "x.(int)")] // ./f.go:51:10: x.(int) escapes to heap
    [InlineData("f", "sink = sp.Speak()", "sp.Speak()")] // ./f.go:54:17: sp.Speak() escapes to heap
    [InlineData("f", "sink = 'a' + r", "'a' + r")] // ./f.go:57:13: 'a' + r escapes to heap
    [InlineData("f", "sink = 1 << 17", "131072")] // ./f.go:60:11: 131072 escapes to heap
    [InlineData("f", "sink = size", "32")] // ./f.go:61:9: 32 escapes to heap
    [InlineData("f", "sink = high", "level(2)")] // ./f.go:62:9: level(2) escapes to heap
    [InlineData("f", "sink = int64(5)", "int64(5)")] // ./f.go:64:14: int64(5) escapes to heap
    [InlineData("f", "sink = byte('a')", "byte(97)")] // ./f.go:65:13: byte(97) escapes to heap
    [InlineData("f", "sink = 1e6", "1e+06")] // ./f.go:68:9: 1e+06 escapes to heap
    [InlineData("f", "sink = float64(3)", "3")] // ./f.go:69:16: 3 escapes to heap
    [InlineData("f", "sink = int32(7)", "int32(7)")] // ./f.go:71:14: int32(7) escapes to heap
    [InlineData("f", "sink = \"a\\tb\\\"c\"", "\"a\\tb\\\"c\"")] // ./f.go:72:9: "a\tb\"c" escapes to heap
    [InlineData("f", "sink = \"héllo\\x01\"", "\"héllo\\x01\"")] // ./f.go:73:9: "héllo\x01" escapes to heap
    [InlineData("f", "sink = []byte(s)", "([]byte)(s)")] // ./f.go:78:15: ([]byte)(s) escapes to heap
    [InlineData("f", "sink = string(rune(97 + a))", "string(rune(97 + a))")] // ./f.go:80:15: string(rune(97 + a)) escapes to heap
    [InlineData("f", "sink = any(a)", "any(a)")] // ./f.go:83:13: any(a) escapes to heap
    [InlineData("f", "sink = interface{}(a)", "(interface {})(a)")] // ./f.go:84:21: (interface {})(a) escapes to heap
    [InlineData("f", "sink = speaker(dog{})", "speaker(dog{})")] // ./f.go:85:20: speaker(dog{}) escapes to heap
    [InlineData("f", "sink = s + (s + \"y\")", "s + s + \"y\"")] // ./f.go:87:11: s + s + "y" escapes to heap
    [InlineData("f", "sink = (s + \"a\") == s", "(s + \"a\") == s")] // ./f.go:88:19: (s + "a") == s escapes to heap
    [InlineData("f", "sink = &point{}", "&point{}")] // ./f.go:91:9: &point{} escapes to heap
    [InlineData("f", "sink = &point{x: 1}", "&point{...}")] // ./f.go:92:9: &point{...} escapes to heap
    [InlineData("f", "sink = []int{}", "[]int{}")] // ./f.go:93:14: []int{} escapes to heap
    [InlineData("f", "sink = [...]int{1, 2}", "[2]int{...}")] // ./f.go:97:17: [2]int{...} escapes to heap
    [InlineData("f", "sink = map[string]int{\"a\": 1}", "map[string]int{...}")] // ./f.go:98:23: map[string]int{...} escapes to heap
    [InlineData("f", "sink = struct{ a int }{1}", "struct { a int }{...}")] // ./f.go:99:24: struct { a int }{...} escapes to heap
    [InlineData("f", "sink = struct{}{}", "struct {}{}")] // ./f.go:100:17: struct {}{} escapes to heap
    [InlineData("f", "sink = func() int { return a }", "func literal")] // ./f.go:101:9: func literal escapes to heap
    [InlineData("f", "sink = func() int { return 1 }()", "(func literal)()")] // ./f.go:102:32: (func literal)() escapes to heap
    [InlineData("f", "sink = make([]int, size, 2*size)", "make([]int, 32, 64)")] // ./f.go:104:13: make([]int, 32, 64) escapes to heap
    [InlineData("f", "sink = make(map[int]int)", "make(map[int]int)")] // ./f.go:105:13: make(map[int]int) escapes to heap
    [InlineData("f", "sink = make(map[int]int, 10)", "make(map[int]int, 10)")] // ./f.go:106:13: make(map[int]int, 10) escapes to heap
    [InlineData("f", "sink = new(*point)", "new(*point)")] // ./f.go:112:12: new(*point) escapes to heap
    [InlineData("f", "sink = fmt.Sprint(a)", "fmt.Sprint(... argument...)")] // ./f.go:115:19: fmt.Sprint(... argument...) escapes to heap
    [InlineData("f", "sink = min(a, b)", "min(a, b)")] // ./f.go:116:12: min(a, b) escapes to heap
    [InlineData("f", "sink = a &^ b | 1", "a &^ b | 1")] // ./f.go:118:16: a &^ b | 1 escapes to heap
    [InlineData("f", "sink = a >> 2", "a >> uint(2)")] // ./f.go:119:11: a >> uint(2) escapes to heap
    [InlineData("f", "sink = a * -3", "a * -3")] // ./f.go:121:11: a * -3 escapes to heap
    [InlineData("f", "sink = gg.Label()", "gauge.Label(gg)")] // ./f.go:129:17: gauge.Label(gg) escapes to heap
    [InlineData("f", "sink = pg.Label()", "gauge.Label(pg)")] // ./f.go:130:17: gauge.Label(pg) escapes to heap
    [InlineData("f", "sink = gg.Bump(high)", "(*gauge).Bump(gg, level(2))")] // ./f.go:131:16: (*gauge).Bump(gg, level(2)) escapes to heap
    [InlineData("f", "sink = d.Speak()", "dog.Speak(d)")] // ./f.go:133:16: dog.Speak(d) escapes to heap
    [InlineData("f", "sink = pg.Bump", "pg.Bump")] // ./f.go:135:11: pg.Bump escapes to heap
    [InlineData("g", "sink = 1.0 / 3", "0.333333")] // ./g.go:59:13: 0.333333 escapes to heap
    [InlineData("g", "sink = 123456789.0", "1.23457e+08")] // ./g.go:62:9: 1.23457e+08 escapes to heap
    [InlineData("g", "sink = 'x' - 'a'", "'\\x17'")] // ./g.go:64:13: '\x17' escapes to heap
    [InlineData("g", "sink = rune(0x1F600)", "'😀'")] // ./g.go:66:13: '😀' escapes to heap
    [InlineData("g", "sink = `raw\\n`", "\"raw\\\\n\"")] // ./g.go:68:9: "raw\\n" escapes to heap
    [InlineData("g", "sink = &(&pt).x", "&(&pt).x")] // ./g.go:44:6:     from &(&pt).x (address-of) at ./g.go:48:9
    [InlineData("h", "sink = i64 == 5", "i64 == int64(5)")] // ./h.go:15:13: i64 == int64(5) escapes to heap
    [InlineData("h", "sink = b + 1", "b + byte(1)")] // ./h.go:16:11: b + byte(1) escapes to heap
    [InlineData("h", "sink = 1 << i64", "1 << i64")] // ./h.go:18:11: 1 << i64 escapes to heap
    [InlineData("h", "isink = x.(fmt.Stringer)", "x.(fmt.Stringer)")] // ./h.go:14:8:     from x.(fmt.Stringer) (dot) at ./h.go:19:11
    [InlineData("h", "psink = ap[1]", "ap[1]")] // ./h.go:14:44:     from ap[1] (fixed-array-index-of) at ./h.go:25:12
    public void ExpressionsPrintAsGoDoes(string program, string line, string expected)
    {
        var (stmt, info) = StmtOnLine(program, line);
        var rhs = Assert.IsType<AssignStmt>(stmt).Rhs[0];
        Assert.Equal(expected, GoExprPrinter.Print(rhs, info));
    }

    [Theory]
    [InlineData("g", "a, b := p, xs", "a, b := p, xs")] // ./g.go:20:15:     from a, b := p, xs (assign-pair) at ./g.go:41:7
    [InlineData("g", "ssink = xs[1:len(xs)-1]", "ssink = xs[1:len(xs) - 1]")] // ./g.go:20:43:     from ssink = xs[1:len(xs) - 1] (assign) at ./g.go:40:8
    [InlineData("h", "var v = p", "v := p")] // ./h.go:14:15:     from v := p (assign) at ./h.go:26:6
    [InlineData("h", "var w *point = q", "w := q")] // ./h.go:14:96:     from w := q (assign) at ./h.go:28:6
    [InlineData("j", "gs = (s.name() + \"x\")[1:]", "gs = ((*stack).name(s) + \"x\")[1:]")] // ./j.go:41:17:     from gs = ((*stack).name(s) + "x")[1:] (assign) at ./j.go:41:5
    [InlineData("j", "ch <- x", "ch <- x")] // ./j.go:39:10:     from ch <- x (send) at ./j.go:40:5
    [InlineData("j", "var a, b = new(int), new(int)", "a, b := new(int), new(int)")] // ./j.go:42:16:     from a, b := new(int), new(int) (assign-pair) at ./j.go:42:6
    [InlineData("j", "return f()", "return f()")] // ./j.go:9:7:     from return f() (return) at ./j.go:12:3
    public void StatementsPrintAsGoDoes(string program, string line, string expected)
    {
        var (stmt, info) = StmtOnLine(program, line);
        Assert.Equal(expected, GoExprPrinter.PrintStmt(stmt, info));
    }

    [Fact]
    public void CaseClausesPrintAsGoDoes()
    {
        var (root, info) = Compile("j");
        var clauses = Descendants(root).OfType<CaseClause>().Select(c => GoExprPrinter.PrintCase(c, info)).ToList();
        // ./j.go:16:15:     from case *int: gp = x (switch case) at ./j.go:18:2
        Assert.Equal("case *int: gp = x", clauses[0]);
        Assert.Equal("case string, error: _ = x", clauses[1]);
        Assert.Equal("default: gs = s + \"?\"", clauses[3]);
    }

    [Fact]
    public void DevirtualizedCall()
    {
        var (stmt, info) = StmtOnLine("f", "sink = sp.Speak()", last: true); // line 138, in g
        var (root, _) = Compile("f");
        var call = Assert.IsType<CallExpr>(Assert.IsType<AssignStmt>(stmt).Rhs[0]);
        var dog = (MiniGo.Types.TypeName)root.Decls.OfType<TypeDecl>().Select(d => info.Defs[d.Name]).First(o => o!.Name == "dog")!;
        // ./f.go:138:17: devirtualizing sp.Speak to dog
        // ./f.go:138:17: dog.Speak(sp.(dog)) escapes to heap
        Assert.Equal("sp.Speak", GoExprPrinter.Print(call.Fun, info));
        Assert.Equal("dog", GoExprPrinter.TypeString(dog.Type!));
        Assert.Equal("dog.Speak(sp.(dog))", GoExprPrinter.PrintDevirtualizedCall(call, dog.Type!, info));
    }

    [Fact]
    public void PackageLevelVarIsAnAssignment()
    {
        var (root, info) = Compile("j");
        var global = root.Decls.OfType<VarDecl>().First(v => v.Names[0].Value == "global");
        // ./j.go:5:29:     from global = map[string]*int{} (assign) at ./j.go:5:5
        Assert.Equal("global = map[string]*int{}", GoExprPrinter.PrintVarDecl(global, info, packageLevel: true));
        Assert.Equal("map[string]*int{}", GoExprPrinter.Print(global.Values[0], info));
    }

    [Fact]
    public void FunctionNames()
    {
        var (root, info) = Compile("f");
        string NameOf(string n) => GoExprPrinter.FuncName((Func)info.Defs[root.Decls.OfType<FuncDecl>().First(d => d.Name.Value == n).Name]!);
        // ./f.go:22:18: leaking param: s   (function f); methods as in Go's "(*T).M" / "T.M" names
        Assert.Equal("f", NameOf("f"));
        Assert.Equal("(*gauge).Bump", NameOf("Bump"));
        Assert.Equal("gauge.Label", NameOf("Label"));
    }

    [Fact]
    public void ClosureNamesFollowGo()
    {
        // Names as in tests/corpus/nested_closures.m_l.txt and closure_immediate.m.txt:
        // outer.func1, outer.func1.1; F.func1, F.func2 for siblings.
        const string src = """
            package main

            func outer() func() func() int {
            	x := 0
            	return func() func() int {
            		x++
            		return func() int { return x }
            	}
            }

            func two() int {
            	a := func() int { return 1 }
            	b := func() int { return 2 }
            	return a() + b()
            }

            func main() {
            	outer()
            	_ = two()
            }
            """;
        var comp = Compilation.Create(new SourceFile("./c.go", src));
        Assert.True(comp.Success, string.Join("\n", comp.Diagnostics));
        var root = comp.SyntaxTrees[0].Root!;
        var info = comp.Checked!.Info;
        var names = GoExprPrinter.ClosureNames(root, info);
        var ordered = Descendants(root).OfType<FuncLit>().Select(l => names[l]).ToList();
        Assert.Equal(new[] { "outer.func1", "outer.func1.1", "two.func1", "two.func2" }, ordered);
        var outerDecl = root.Decls.OfType<FuncDecl>().First();
        Assert.Equal("outer.func1.1", GoExprPrinter.ClosureName(Descendants(root).OfType<FuncLit>().ElementAt(1), outerDecl, info));
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
                case Stmt s: Add(stmts, s.Pos.Line, GoExprPrinter.PrintStmt(s, info)); break;
                case CaseClause cc: Add(stmts, cc.Pos.Line, GoExprPrinter.PrintCase(cc, info)); break;
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
