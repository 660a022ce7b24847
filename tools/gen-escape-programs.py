#!/usr/bin/env python3
"""Random valid MiniGo-subset programs for the differential escape harness (issues 11, 15).

    python3 tools/gen-escape-programs.py OUTDIR N [SEED]   # writes OUTDIR/gNNNN.go, N programs

Program k is generated from random.Random(f"{SEED}-{k}") alone, so one program can be
regenerated from its seed and number (SEED defaults to 1). Every program is a prelude of types,
globals and small helpers, then 6-10 functions, each made by one template below with its knobs
(which sink an address reaches, loop nesting, go/defer/call, value or pointer receivers, ...)
chosen at random, and a `main` that calls nothing (unused functions are valid Go). The
templates cover every construct of docs/subset.md that matters to escape analysis:
multi-value calls and returns, comma-ok forms, go/defer of literals with arguments,
pointer-to-pointer chains, method values, struct/array values converted to interfaces,
composite literals holding addresses, map updates with ++/op=, calls whose results are called
or used as receivers, closures in (nested) loops, closures capturing arrays/structs modified
later through an element or field, slices, append, new, string conversions, channels, switches.
Go rejects few of them (no unused variables by construction); the harness discards those.
"""
import os
import random
import sys

PRELUDE = """package main

import "fmt"

type T struct {
	x    int
	p    *int
	s    []int
	next *T
}

type A [4]int

type I interface {
	M() int
}

func (t T) M() int { return t.x }

func (t *T) P() int { return t.x + len(t.s) }

func (t *T) Set(p *int) { t.p = p }

func (t T) Get() *int { return t.p }

var (
	gp  *int
	gpp **int
	gt  *T
	ga  any
	gf  func() int
	gs  []*int
	gm  = map[string]*int{}
	gch = make(chan *int, 8)
	gi  I
)

func keep(p *int) { gp = p }

func id(p *int) *int { return p }

func deref(p *int) int { return *p }

func use(v any) {}

func keepAny(v any) { ga = v }

func show(v any) { fmt.Println(v) }

func newT(p *int) *T { return &T{p: p} }
"""


def pick(r, xs):
    return r.choice(xs)


# ---- sinks: statements that send an expression somewhere -------------------------------------

def sink_ptr(r, e):
    """A statement that uses the *int expression e: leaks it to the heap, or not."""
    return pick(r, [
        f"gp = {e}",
        f"keep({e})",
        f"gp = id({e})",
        f"_ = deref({e})",
        f"*id({e}) = 1",
        f"gs = append(gs, {e})",
        f"gm[\"k\"] = {e}",
        f"gch <- {e}",
        f"fmt.Println({e})",
        f"ga = {e}",
        f"use({e})",
        f"keepAny({e})",
        f"_ = *{e}",
        f"gt = &T{{p: {e}}}",
        f"gt.Set({e})",
        f"gpp = &[]*int{{{e}}}[0]",
    ])


def sink_any(r, e):
    return pick(r, [
        f"ga = {e}",
        f"use({e})",
        f"keepAny({e})",
        f"fmt.Println({e})",
        f"_ = fmt.Sprint({e})",
        f"_ = {e}",
    ])


def sink_func(r, e):
    return pick(r, [
        f"gf = {e}",
        f"_ = {e}()",
        f"go {e}()",
        f"defer {e}()",
        f"ga = {e}",
        f"use({e})",
    ])


def wrap(r, stmt, ind="\t"):
    """Maybe put a statement (that declares nothing) in a loop or an if."""
    k = r.random()
    body = "\n".join(ind + "\t" + s for s in stmt.split("\n"))
    if k < 0.15:
        return f"{ind}for i := 0; i < 2; i++ {{\n{body}\n{ind}}}"
    if k < 0.25:
        return f"{ind}if n > 1 {{\n{body}\n{ind}}}"
    if k < 0.3:
        return f"{ind}for {{\n{body}\n{ind}\tbreak\n{ind}}}"
    return "\n".join(ind + s for s in stmt.split("\n"))


def block(r, stmt, ind="\t"):
    """A statement list that may declare: always in its own block (a loop, an if or braces)."""
    w = wrap(r, stmt, ind)
    if w.startswith(ind + "for") or w.startswith(ind + "if"):
        return w
    return f"{ind}{{\n" + "\n".join(ind + s for s in w.split("\n")) + f"\n{ind}}}"


# ---- templates: each returns the text of one or more functions named f{n}... ----------------

def t_multi_return(r, n):
    kinds = [pick(r, ["*int", "any", "int"]) for _ in range(pick(r, [2, 2, 3]))]
    exprs = {
        "*int": ["p", "&x", "nil", "id(p)", "&y"],
        "any": ["p", "&x", "x", "n", "n + 1", "T{x: n}", "[2]int{n, x}", "y", "&y", "any(x)"],
        "int": ["x", "n", "y", "x + y"],
    }
    named = r.random() < 0.3
    if named:
        res = ", ".join(f"r{i} {k}" for i, k in enumerate(kinds))
    else:
        res = ", ".join(kinds)
    vals = [pick(r, exprs[k]) for k in kinds]
    body = [f"\tx := n", f"\ty := n * 2", "\t_, _ = x, y"]
    if named and r.random() < 0.5:
        for i, v in enumerate(vals):
            body.append(f"\tr{i} = {v}")
        body.append("\treturn")
    else:
        body.append("\treturn " + ", ".join(vals))
    out = f"func f{n}(p *int, n int) ({res}) {{\n" + "\n".join(body) + "\n}\n"
    # a caller
    lhs = [f"v{i}" for i in range(len(kinds))]
    c = [f"\tz := 7"]
    form = r.random()
    if form < 0.4:
        c.append(f"\t{', '.join(lhs)} := f{n}(&z, z)")
        for v, k in zip(lhs, kinds):
            if k == "*int":
                c.append("\t" + sink_ptr(r, v) if r.random() < 0.7 else f"\t_ = {v}")
            elif k == "any":
                c.append("\t" + sink_any(r, v))
            else:
                c.append(f"\t_ = {v}")
        out += f"\nfunc f{n}c() {{\n" + "\n".join(c) + "\n}\n"
    elif form < 0.7:
        c.append(f"\treturn f{n}(&z, z)")
        out += f"\nfunc f{n}c() ({', '.join(kinds)}) {{\n" + "\n".join(c) + "\n}\n"
    else:
        c.append(f"\tvar {', '.join(lhs)} = f{n}(&z, z)")
        c.append(f"\tfmt.Println({', '.join(lhs)})")
        out += f"\nfunc f{n}c() {{\n" + "\n".join(c) + "\n}\n"
    return out


def t_comma_ok(r, n):
    form = pick(r, ["map", "assert", "assertT", "recv", "mapT"])
    b = []
    if form == "map":
        b += ["\tv, ok := m[k]", "\tif ok {", "\t" + wrap(r, sink_ptr(r, "v")), "\t}"]
    elif form == "mapT":
        b += ["\tmt := map[string]T{}", "\tt, ok := mt[k]", "\tif ok {",
              "\t" + wrap(r, sink_ptr(r, "&t.x")), "\t}"]
    elif form == "assert":
        b += ["\tv, ok := i.(*int)", "\tif ok {", "\t" + wrap(r, sink_ptr(r, "v")), "\t}"]
    elif form == "assertT":
        b += ["\tt, ok := i.(T)", "\tif ok {", "\t" + wrap(r, sink_ptr(r, "&t.x")), "\t}"]
        if r.random() < 0.5:
            b += ["\tif s, ok := i.(I); ok {", "\t\t" + sink_any(r, "s"), "\t}"]
    else:
        b += ["\tv, ok := <-ch", "\tif ok {", "\t" + wrap(r, sink_ptr(r, "v")), "\t}"]
    return (f"func f{n}(m map[string]*int, k string, i any, ch chan *int, n int) {{\n"
            + "\n".join(b) + "\n}\n")


def t_go_defer_literal(r, n):
    kw = pick(r, ["go", "defer"])
    params = []
    args = []
    body = []
    if r.random() < 0.8:
        params.append("q *int")
        args.append(pick(r, ["&x", "p", "id(&x)", "new(int)"]))
        body.append(pick(r, ["gp = q", "_ = *q", "fmt.Println(q)", "keep(q)", "*q = 2", "use(q)"]))
    if r.random() < 0.5:
        params.append("t T")
        args.append(pick(r, ["y", "T{x: n}", "T{p: &x}"]))
        body.append(pick(r, ["_ = t", "gt = &t", "ga = t", "_ = t.x", "gp = t.p"]))
    if r.random() < 0.5:
        params.append("k int")
        args.append(pick(r, ["n", "x", "n + 1"]))
        body.append(pick(r, ["_ = k", "ga = k", "gp = &k", "fmt.Println(k)"]))
    if r.random() < 0.3:
        params.append("s []int")
        args.append(pick(r, ["make([]int, n)", "[]int{1, 2}", "y.s"]))
        body.append(pick(r, ["_ = s", "ga = s", "_ = len(s)"]))
    if r.random() < 0.3:
        body.append(pick(r, ["_ = x", "gp = &x", "x++"]))
    if not body:
        body.append("_ = n")
    lit = f"{kw} func({', '.join(params)}) {{\n" + "\n".join("\t" + s for s in body) + f"\n}}({', '.join(args)})"
    return (f"func f{n}(p *int, n int) {{\n\tx := n\n\ty := T{{x: n}}\n\t_, _ = x, y\n"
            + wrap(r, lit) + "\n}\n")


def t_ptr_chain(r, n):
    b = ["\tx := n", "\ty := n + 1", "\tp := &x", "\tpp := &p"]
    deep = r.random() < 0.5
    if deep:
        b.append("\tppp := &pp")
    if r.random() < 0.5:
        b.append("\t*pp = &y")
    else:
        b.append("\t_ = y")
    if deep and r.random() < 0.5:
        b.append("\t**ppp = &y")
    if r.random() < 0.4:
        b.append("\t**pp = 3")
    ret = r.random() < 0.4
    cands = ["*pp", "p"] + (["**ppp"] if deep else [])
    if ret:
        e = pick(r, cands)
        if deep and r.random() < 0.3:
            return (f"func f{n}(n int) ***int {{\n" + "\n".join(b) + "\n\treturn ppp\n}\n")
        b.append("\t_ = pp")
        if deep:
            b.append("\t_ = ppp")
        return (f"func f{n}(n int) *int {{\n" + "\n".join(b) + f"\n\treturn {e}\n}}\n")
    s = pick(r, ["ptr", "pp", "load"])
    if s == "ptr":
        b.append(wrap(r, sink_ptr(r, pick(r, cands))))
    elif s == "pp":
        b.append(wrap(r, pick(r, ["gpp = pp", "gpp = *ppp" if deep else "gpp = &p", "ga = pp", "_ = **pp"])))
    else:
        b.append(f"\tfmt.Println(**pp)")
    b.append("\t_ = pp")
    if deep:
        b.append("\t_ = ppp")
    return f"func f{n}(n int) {{\n" + "\n".join(b) + "\n}\n"


def t_method_value(r, n):
    recv = pick(r, ["t", "pt", "(&t)"])
    meth = pick(r, ["M", "P"]) if recv != "t" else pick(r, ["M", "P"])
    b = ["\tt := T{x: n}", "\tpt := &T{x: n}", "\t_, _ = t, pt"]
    b.append(f"\tf := {recv}.{meth}")
    if r.random() < 0.3:
        b.append("\tt.x = 5")
    b.append(wrap(r, sink_func(r, "f")))
    if r.random() < 0.3:
        b.append(f"\tvar i I = {pick(r, ['t', 'pt', '&t'])}")
        b.append(f"\tg := i.M")
        b.append(wrap(r, sink_func(r, "g")))
    if r.random() < 0.3:
        return (f"func f{n}(n int) func() int {{\n" + "\n".join(b) + f"\n\treturn {recv}.{meth}\n}}\n")
    return f"func f{n}(n int) {{\n" + "\n".join(b) + "\n}\n"


def t_value_to_iface(r, n):
    b = ["\tt := T{x: n, s: s}", "\ta := A{n, 1, 2, 3}", "\tarr := [3]int{n, n, n}"]
    for _ in range(pick(r, [1, 2, 3])):
        v = pick(r, ["t", "a", "arr", "t.x", "a[1]", "T{x: n}", "A{}", "[2]string{\"a\", \"b\"}", "s", "&t", "&a"])
        k = r.random()
        if k < 0.25:
            b.append(f"\tvar i{len(b)} any = {v}")
            b.append(wrap(r, sink_any(r, f"i{len(b) - 1}")))
        elif k < 0.35 and v in ("t", "T{x: n}"):
            b.append(wrap(r, f"gi = {v}"))
        else:
            b.append(wrap(r, sink_any(r, v)))
    b.append("\t_, _, _ = t, a, arr")
    if r.random() < 0.3:
        return f"func f{n}(n int, s []int) any {{\n" + "\n".join(b) + f"\n\treturn {pick(r, ['t', 'a', 'arr[0]', 's'])}\n}}\n"
    return f"func f{n}(n int, s []int) {{\n" + "\n".join(b) + "\n}\n"


def t_complit_addr(r, n):
    b = ["\tx := n", "\ty := n + 1"]
    form = pick(r, ["slice", "struct", "pstruct", "map", "array", "nested"])
    if form == "slice":
        b.append("\tv := []*int{&x, &y}")
        e, use_ = "v", pick(r, ["ga = v", "gs = v", "_ = *v[0]", "gp = v[1]", "fmt.Println(len(v))", "gs = append(gs, v...)"])
    elif form == "struct":
        b.append("\tv := T{p: &x, x: y}")
        e, use_ = "v", pick(r, ["ga = v", "gt = &v", "gp = v.p", "_ = *v.p", "use(v)"])
    elif form == "pstruct":
        b.append("\tv := &T{p: &x, next: &T{p: &y}}")
        e, use_ = "v", pick(r, ["gt = v", "gt = v.next", "gp = v.next.p", "_ = v.P()", "ga = *v"])
    elif form == "map":
        b.append("\tv := map[string]*int{\"a\": &x, \"b\": &y}")
        e, use_ = "v", pick(r, ["gp = v[\"a\"]", "_ = len(v)", "ga = v", "gm = v"])
    elif form == "array":
        b.append("\tv := [2]*int{&x, &y}")
        e, use_ = "v", pick(r, ["ga = v", "gp = v[0]", "_ = *v[1]", "gs = v[:]"])
    else:
        b.append("\tv := []T{{p: &x}, {p: &y, s: []int{n}}}")
        e, use_ = "v", pick(r, ["ga = v", "gt = &v[0]", "gp = v[1].p", "_ = len(v[0].s)"])
    if r.random() < 0.3:
        return f"func f{n}(n int) any {{\n" + "\n".join(b) + f"\n\treturn {e}\n}}\n"
    b.append(wrap(r, use_))
    return f"func f{n}(n int) {{\n" + "\n".join(b) + "\n}\n"


def t_map_update(r, n):
    b = []
    for _ in range(pick(r, [1, 2, 3])):
        b.append(wrap(r, pick(r, [
            "m[k]++", "m[k] += *p", "m[k] -= n", "m[k+\"x\"] *= 2", "mp[p]++", "mp[&n] += 1",
            "ms[k] = append(ms[k], n)", "local[k]++", "local[k] |= n", "mt[k] = T{p: p}",
        ])))
    return (f"func f{n}(m map[string]int, mp map[*int]int, ms map[string][]int, k string, p *int, n int) {{\n"
            "\tlocal := map[string]int{}\n\tmt := map[string]T{}\n"
            + "\n".join(b) + f"\n\t_, _ = local, mt\n" + ("\tga = local\n" if r.random() < 0.3 else "") + "}\n")


def t_call_results(r, n):
    out = f"func mk{n}(p *int) func() int {{\n\treturn func() int {{ return *p }}\n}}\n\n"
    out += f"func mi{n}(t T) I {{\n\treturn {pick(r, ['t', '&t'])}\n}}\n\n"
    terms = []
    for _ in range(pick(r, [1, 2, 3])):
        terms.append(pick(r, [f"mk{n}(&x)()", f"mi{n}(T{{x: n}}).M()", f"newT(&x).P()", f"newT(p).P()",
                               f"mk{n}(p)()", f"mi{n}(*newT(&x)).M()", f"deref(id(&x))", f"newT(&x).Get()"]))
    terms = [t if not t.endswith("Get()") else f"*{t}" for t in terms]
    b = ["\tx := n", "\t_ = x", f"\ts := {' + '.join(terms)}"]
    if r.random() < 0.4:
        b.append(f"\tf := mk{n}(&x)")
        b.append(wrap(r, sink_func(r, "f")))
    b.append("\treturn s")
    return out + f"func f{n}(p *int, n int) int {{\n" + "\n".join(b) + "\n}\n"


def closure_use(r, v):
    return pick(r, [f"return {v}", f"return {v} + 1", f"gp = &{v}\n\t\treturn 0", f"{v}++\n\t\treturn {v}"])


def t_closure_loop(r, n):
    form = pick(r, ["three", "range", "nested", "while"])
    sink = pick(r, ["fs = append(fs, F)", "gf = F", "go F()", "defer F()", "_ = F()", "ga = F"])
    if form == "three":
        head, v = "for i := 0; i < n; i++ {", "i"
    elif form == "range":
        head, v = "for _, x := range xs {", "x"
    elif form == "while":
        head, v = "for j := n; j > 0; j-- {", "j"
    else:
        head, v = "for _, x := range xs {\n\t\tfor k := 0; k < 2; k++ {", "x"
    lit = "func() int {\n\t\t\t" + closure_use(r, v).replace("\n\t\t", "\n\t\t\t") + "\n\t\t}"
    stmt = sink.replace("F()", "(" + lit + ")()") if "F()" in sink else sink.replace("F", lit)
    close = "\t}\n\t}" if form == "nested" else "\t}"
    b = ["\tvar fs []func() int", f"\t{head}", "\t\t" + stmt, close, "\t_ = fs"]
    if r.random() < 0.4:
        b.append("\tgf = fs[0]")
    return f"func f{n}(xs []int, n int) {{\n" + "\n".join(b) + "\n}\n"


def t_capture_modify(r, n):
    kind = pick(r, ["array", "struct", "int", "slice"])
    decl = {"array": "a := [4]int{1, 2, 3, n}", "struct": "t := T{x: n}", "int": "c := n",
            "slice": "s := []int{n}"}[kind]
    read = {"array": pick(r, ["a[1]", "a[0] + len(a)", "len(a)"]), "struct": pick(r, ["t.x", "t.M()", "len(t.s)"]),
            "int": "c", "slice": "s[0]"}[kind]
    mod = {"array": pick(r, ["a[0] = n", "a[n%4]++", "a[1] += 2", "a = A{}", "_ = a"]),
           "struct": pick(r, ["t.x = n", "t.s = nil", "t.x++", "t.p = &n", "_ = t"]),
           "int": pick(r, ["c = 3", "c++", "_ = c"]),
           "slice": pick(r, ["s[0] = n", "s = nil", "_ = s"])}[kind]
    how = pick(r, ["go", "defer", "gf", "call", "local", "ret"])
    lit = f"func() int {{\n\t\treturn {read}\n\t}}"
    b = [f"\t{decl}"]
    before = r.random() < 0.3
    if before:
        b.append(wrap(r, mod))
    if how == "go":
        b.append(f"\tgo func() {{\n\t\t_ = {read}\n\t}}()")
    elif how == "defer":
        b.append(f"\tdefer func() {{\n\t\t_ = {read}\n\t}}()")
    elif how == "gf":
        b.append(f"\tgf = {lit}")
    elif how == "call":
        b.append(f"\t_ = {lit}()")
    elif how == "local":
        b.append(f"\tf := {lit}\n\t_ = f()")
    else:
        b.append(f"\tf := {lit}")
    if not before:
        b.append(wrap(r, mod))
    if how == "ret":
        return f"func f{n}(n int) func() int {{\n" + "\n".join(b) + "\n\treturn f\n}\n"
    return f"func f{n}(n int) {{\n" + "\n".join(b) + "\n}\n"


def t_nested_loops(r, n):
    v = pick(r, ["x", "x", "i", "j"])
    inner = pick(r, ["for {", "for j := 0; j < 2; j++ {", "for range 2 {", "for _, y := range xs {"])
    if v == "j" and not inner.startswith("for j"):
        v = "x"
    use_ = pick(r, [f"go func() {{\n\t\t\t\t_ = {v}\n\t\t\t}}()", f"gf = func() int {{\n\t\t\t\treturn {v}\n\t\t\t}}",
                    f"defer func() {{\n\t\t\t\t_ = {v}\n\t\t\t}}()", f"gp = &{v}", f"keep(&{v})",
                    f"_ = func() int {{\n\t\t\t\treturn {v}\n\t\t\t}}()", f"fmt.Println({v})",
                    f"ga = {v}"])
    b = ["\tfor i, x := range xs {", "\t\t_, _ = i, x", f"\t\t{inner}"]
    if "y" in inner:
        b.append("\t\t\t_ = y")
    b.append("\t\t\t" + use_)
    if inner == "for {":
        b.append("\t\t\tbreak")
    b += ["\t\t}", "\t}"]
    return f"func f{n}(xs []int) {{\n" + "\n".join(b) + "\n}\n"


def t_misc(r, n):
    b = ["\tx := n"]
    for _ in range(pick(r, [1, 2, 3])):
        b.append(block(r, pick(r, [
            "s := make([]int, n)\n_ = s",
            "s := make([]int, 4)\nga = s",
            "b := []byte(str)\n_ = b",
            "b := []byte(str)\nga = b",
            "u := str + \"!\"\n_ = u",
            "u := str + \"!\"\nga = u",
            "q := new(int)\ngp = q",
            "q := new(T)\n_ = q.x",
            "ch := make(chan int, 1)\nch <- x",
            "c := make(chan *int, 1)\nc <- &x",
            "ss := append([]*int(nil), &x)\n_ = ss",
            "t := &T{x: x}\nt.next = t\ngt = t.next",
            "var i I = T{x: x}\n_ = i.M()",
            "switch v := ga.(type) {\ncase *int:\n\tgp = v\ncase T:\n\tgp = &v.x\n}",
            "r := string(rune(x))\n_ = r",
            "m := map[int]*int{}\nm[0] = &x\n_ = m",
        ])))
    b.append("\t_ = x")
    return f"func f{n}(n int, str string) {{\n" + "\n".join(b) + "\n}\n"


TEMPLATES = [t_multi_return, t_comma_ok, t_go_defer_literal, t_ptr_chain, t_method_value,
             t_value_to_iface, t_complit_addr, t_map_update, t_call_results, t_closure_loop,
             t_capture_modify, t_nested_loops, t_misc]


def program(seed, k):
    r = random.Random(f"{seed}-{k}")
    parts = [PRELUDE]
    for i in range(r.randint(6, 10)):
        parts.append(pick(r, TEMPLATES)(r, i))
    parts.append("func main() {}\n")
    return "\n".join(parts)


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    outdir, n = sys.argv[1], int(sys.argv[2])
    seed = sys.argv[3] if len(sys.argv) > 3 else "1"
    os.makedirs(outdir, exist_ok=True)
    for k in range(n):
        with open(os.path.join(outdir, f"g{k:04d}.go"), "w") as f:
            f.write(program(seed, k))


if __name__ == "__main__":
    main()
