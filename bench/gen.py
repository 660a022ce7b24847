#!/usr/bin/env python3
"""Deterministic generator of MiniGo-subset benchmark programs (issue 4).

    python3 bench/gen.py OUTDIR            # writes OUTDIR/<variant>/f.go for every variant
    python3 bench/gen.py OUTDIR many_1k    # only the named variants

Variants:
    many_1k, many_10k, many_100k   many functions of ~15-30 lines each (a shared set of
                                   types and pointer-receiver methods, then function templates
                                   chosen at random with a fixed seed)
    big_1k, big_10k, big_100k      the same types, then one very large func main made of
                                   ~5-line statement chunks that all share a few variables
                                   (so SSA has phis for them at every loop and if)
    small_20                       a fixed 20-line program of the size a student writes
                                   (a pointer returned, a closure, fmt): the latency benchmark
    many_100                       many_* at 100 lines (the prelude, two functions, main)

The output is plain text that gofmt leaves as it is (run.sh still gofmts it) and that
go 1.22 compiles; every program uses only constructs of docs/subset.md.
"""
import os
import random
import sys
from string import Template

SEED = 20261125

PRELUDE = """package main

import "fmt"

type Item struct {
	ID   int
	Name string
	Next *Item
	Tags []string
}

func (it *Item) Push(tag string) *Item {
	it.Tags = append(it.Tags, tag)
	return it
}

func (it *Item) Len() int {
	n := 0
	for p := it; p != nil; p = p.Next {
		n++
	}
	return n
}

type Stack struct {
	items []*Item
	count int
}

func (s *Stack) Push(it *Item) {
	s.items = append(s.items, it)
	s.count++
}

func (s *Stack) Pop() *Item {
	if len(s.items) == 0 {
		return nil
	}
	it := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	s.count--
	return it
}

type Pt struct {
	X, Y int
}

func (p *Pt) Area() int {
	return p.X * p.Y
}

type Shape interface {
	Area() int
}
"""

# Function templates.  $i = function number, $j = an earlier function of the same kind
# (or -1: no call), $c.. = small constants.  Each template has a kind (its signature).
FUNCS = {
    "ints": ("""
func f$i(n int) []int {
	s := make([]int, 0, $c1)
	acc := $c2
	for k := 0; k < n; k++ {
		if k%$c3 == 0 {
			acc += k
		} else if acc > $c4 {
			acc -= $c5
		}
		s = append(s, acc)
	}
	$call
	total := 0
	for _, v := range s {
		total += v
	}
	s = append(s, total)
	return s
}
""", "if n > $c4 {\n\t\tt := f$j(n / 2)\n\t\ts = append(s, len(t))\n\t}"),
    "item": ("""
func f$i(id int, name string) *Item {
	it := &Item{ID: id, Name: name}
	it.Tags = append(it.Tags, name, "t$i")
	for k := 0; k < $c1; k++ {
		next := &Item{ID: id + k, Name: name}
		next.Next = it
		it = next
	}
	$call
	it.Push("done")
	return it
}
""", "if id > $c2 {\n\t\tit.Next = f$j(id-1, name)\n\t}"),
    "closure": ("""
func f$i(start int) func() int {
	c := start
	step := $c1
	inc := func() int {
		c += step
		return c
	}
	for k := 0; k < $c2; k++ {
		inc()
	}
	$call
	return func() int {
		c++
		return inc() + c
	}
}
""", "if start > $c3 {\n\t\tg := f$j(start - 1)\n\t\tc += g()\n\t}"),
    "index": ("""
func f$i(keys []string) map[string]*Item {
	m := make(map[string]*Item, len(keys))
	var last *Item
	for k, key := range keys {
		it := &Item{ID: k * $c1, Name: key, Next: last}
		m[key] = it
		last = it
	}
	if v, ok := m["k$c2"]; ok {
		v.Tags = append(v.Tags, "found")
	}
	$call
	return m
}
""", "if len(keys) > $c3 {\n\t\tfor k, v := range f$j(keys[1:]) {\n\t\t\tm[k] = v\n\t\t}\n\t}"),
    "format": ("""
func f$i(it *Item) string {
	parts := []string{}
	for p := it; p != nil; p = p.Next {
		parts = append(parts, fmt.Sprintf("%d:%s", p.ID, p.Name))
	}
	out := ""
	for _, s := range parts {
		out += s + ","
	}
	if len(out) > $c1 {
		fmt.Println("long", len(out))
	}
	$call
	return out
}
""", "if it != nil && it.ID > $c2 {\n\t\tout += f$j(it.Next)\n\t}"),
    "stack": ("""
func f$i(n int) *Stack {
	s := &Stack{}
	for k := 0; k < n; k++ {
		s.Push(&Item{ID: k, Name: "s$i"})
	}
	for s.count > $c1 {
		it := s.Pop()
		if it == nil {
			break
		}
		it.Push("popped")
	}
	$call
	return s
}
""", "if n > $c2 {\n\t\tinner := f$j(n - 1)\n\t\ts.Push(inner.Pop())\n\t}"),
    "points": ("""
func f$i(pts []Pt) (int, *Pt) {
	best := &pts[0]
	var arr [$c1]int
	for k, p := range pts {
		arr[k%$c1] += p.X * p.Y
		if p.X > best.X {
			best = &pts[k]
		}
	}
	sum := 0
	for _, v := range arr {
		sum += v
	}
	$call
	return sum, best
}
""", "if len(pts) > $c2 {\n\t\tn, _ := f$j(pts[1:])\n\t\tsum += n\n\t}"),
    "shapes": ("""
func f$i(n int) []Shape {
	var shapes []Shape
	for k := 0; k < n; k++ {
		shapes = append(shapes, &Pt{X: k, Y: k + $c1})
	}
	total := 0
	for _, s := range shapes {
		total += s.Area()
	}
	if total > $c2 {
		shapes = shapes[:1]
	}
	$call
	return shapes
}
""", "if n > $c3 {\n\t\tshapes = append(shapes, f$j(n-1)...)\n\t}"),
    "words": ("""
func f$i(words []string) (map[string]int, string) {
	counts := map[string]int{}
	longest := ""
	for _, w := range words {
		switch {
		case len(w) > len(longest):
			longest = w
		case w == "":
			continue
		}
		counts[w]++
	}
	b := []byte(longest)
	for k := range b {
		b[k] ^= $c1
	}
	$call
	return counts, string(b)
}
""", "if len(words) > $c2 {\n\t\tc2, _ := f$j(words[1:])\n\t\tcounts[\"sub\"] = len(c2)\n\t}"),
}

# How main calls one function of each kind (to keep main realistic).
MAIN_CALLS = {
    "ints": "fmt.Println(len(f$i(10)))",
    "item": "fmt.Println(f$i(3, \"x\").Len())",
    "closure": "fmt.Println(f$i(1)())",
    "index": "fmt.Println(len(f$i([]string{\"a\", \"b\"})))",
    "format": "fmt.Println(f$i(&Item{ID: 1, Name: \"n\"}))",
    "stack": "fmt.Println(f$i(4).count)",
    "points": "fmt.Println(f$i([]Pt{{1, 2}, {3, 4}}))",
    "shapes": "fmt.Println(len(f$i(3)))",
    "words": "fmt.Println(f$i([]string{\"ab\", \"c\"}))",
}

CHUNKS = [
    """
	x$i := &Item{ID: $c1, Name: "b$i", Next: head}
	head = x$i
	for k := 0; k < $c2; k++ {
		total += k * x$i.ID
	}
""",
    """
	s$i := make([]int, 0, $c1)
	for k := 0; k < total%$c2; k++ {
		s$i = append(s$i, k)
	}
	total += len(s$i)
""",
    """
	g$i := func(v int) int {
		return v + total + $c1
	}
	total = g$i(total) % $c3
""",
    """
	st.Push(&Item{ID: total, Name: "p$i"})
	if it := st.Pop(); it != nil {
		total += it.ID
		words = append(words, it.Name)
	}
""",
    """
	m["k$i"] = head
	if v, ok := m["k$c2"]; ok {
		total += v.ID
	}
""",
    """
	if total > $c1 {
		total -= $c2
	} else {
		total += $c3
	}
""",
    """
	str$i := fmt.Sprintf("%d-%s", total, head.Name)
	words = append(words, str$i)
""",
    """
	p$i := &Pt{X: total, Y: $c1}
	shapes = append(shapes, p$i)
	total += p$i.Area() % $c3
""",
]


def consts(rng):
    return {"c1": rng.randint(2, 9), "c2": rng.randint(3, 40),
            "c3": rng.randint(50, 999), "c4": rng.randint(10, 99),
            "c5": rng.randint(1, 9)}


def gen_many(target, rng):
    out = [PRELUDE]
    lines = PRELUDE.count("\n")
    last = {}          # kind -> list of earlier function numbers
    first = {}         # kind -> first function number (called from main)
    kinds = sorted(FUNCS)
    i = 0
    main_reserve = len(kinds) + 4
    while lines + main_reserve < target:
        kind = rng.choice(kinds)
        body, call = FUNCS[kind]
        d = consts(rng)
        d["i"] = i
        prev = last.get(kind)
        if prev and rng.random() < 0.6:
            d["j"] = rng.choice(prev[-20:])
            d["call"] = Template(call).substitute(d)
        else:
            d["call"] = "_ = $c1".replace("$c1", str(d["c1"]))
        text = Template(body).substitute(d)
        out.append(text)
        lines += text.count("\n")
        last.setdefault(kind, []).append(i)
        first.setdefault(kind, i)
        i += 1
    main = ["\nfunc main() {\n"]
    for kind in kinds:
        if kind in first:
            main.append("\t" + Template(MAIN_CALLS[kind]).substitute(i=first[kind]) + "\n")
    main.append("}\n")
    out.append("".join(main))
    return "".join(out)


SMALL_20 = """package main

import "fmt"

type point struct{ x, y int }

func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func main() {
	next := counter()
	fmt.Println(newPoint(1, 2).x, next())
}
"""


def gen_small(target, rng):
    assert SMALL_20.count("\n") == target
    return SMALL_20


def gen_big(target, rng):
    head = PRELUDE + """
func main() {
	total := 0
	var head *Item
	st := &Stack{}
	var words []string
	m := map[string]*Item{}
	var shapes []Shape
"""
    tail = """	fmt.Println(total, len(words), len(m), len(shapes), head.Len(), st.count)
}
"""
    out = [head]
    lines = head.count("\n") + tail.count("\n")
    i = 0
    while lines < target:
        d = consts(rng)
        d["i"] = i
        text = Template(rng.choice(CHUNKS)).substitute(d)
        out.append(text)
        lines += text.count("\n")
        i += 1
    out.append(tail)
    return "".join(out)


VARIANTS = {
    "many_1k": (gen_many, 1000),
    "many_10k": (gen_many, 10000),
    "many_100k": (gen_many, 100000),
    "big_1k": (gen_big, 1000),
    "big_10k": (gen_big, 10000),
    "big_100k": (gen_big, 100000),
    "small_20": (gen_small, 20),
    "many_100": (gen_many, 100),
}


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    outdir = sys.argv[1]
    names = sys.argv[2:] or list(VARIANTS)
    for name in names:
        fn, target = VARIANTS[name]
        rng = random.Random(f"{SEED}-{name}")
        src = fn(target, rng)
        d = os.path.join(outdir, name)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "f.go"), "w") as f:
            f.write(src)
        print(f"{name}: {src.count(chr(10))} lines -> {d}/f.go")


if __name__ == "__main__":
    main()
