package main

import (
	"errors"
	"fmt"
)

// Expression forms as Go's -m=2 prints them in an inlinable function's body: one
// construct per function, so that each prints alone.

type point struct{ x, y int }

func (p point) sum() int { return p.x + p.y }

func (p *point) scale(k int) { p.x *= k }

type shape interface{ area() int }

type square struct{ s int }

func (q square) area() int { return q.s * q.s }

type celsius float64

type names []string

var sink int
var sinkAny any
var sinkStr string
var sinkF func() int
var sinkP *point

func conversions(i int, f float64, s string, b []byte) {
	sinkAny = float64(i) + f
	sinkStr = string(b) + string(rune(i))
	sinkAny = []byte(s)
	sinkAny = []rune(s)
	sinkAny = celsius(f)
	sinkAny = names(nil)
	sinkAny = any(i)
}

func literals() {
	sinkAny = point{1, 2}
	sinkAny = &point{x: 1}
	sinkAny = []int{1, 2, 3}
	sinkAny = [2]string{"a", "b"}
	sinkAny = map[string]int{"a": 1}
	sinkAny = []point{{1, 2}}
	sinkAny = struct{ a int }{1}
}

func concat(a, b string) string {
	c := a + "-" + b
	c += a + b
	return c + (a + b)
}

func builtins(xs []int, m map[int]int) int {
	ys := make([]int, len(xs), cap(xs)+1)
	n := copy(ys, xs)
	ys = append(ys, 1, 2)
	ys = append(ys, xs...)
	delete(m, 1)
	p := new(int)
	clear(m)
	return n + *p + min(n, 3) + max(len(ys), 1, 2)
}

func makes(n int) {
	sinkAny = make(map[string]int)
	sinkAny = make(map[string]int, n)
	sinkAny = make(chan int)
	sinkAny = make(chan int, n)
	sinkAny = make([]int, n)
}

func panics(err error) {
	if err != nil {
		panic(err)
	}
	panic("done")
}

func immediate(x int) int {
	return func(y int) int { return x + y }(2)
}

func immediateStmt() {
	func() { sink++ }()
}

func storedLit() int {
	f := func() int { return sink }
	sinkF = f
	return f()
}

func methodValue(p point) {
	f := p.sum
	sinkF = f
}

func methodExprs(p point) int {
	f := point.sum
	g := (*point).scale
	g(&p, 2)
	return f(p)
}

func methodCalls(p point, q *point) int {
	q.scale(2)
	p.scale(3)
	return p.sum() + q.sum()
}

func ifaceCall(s shape) int { return s.area() }

func assertNonEmpty(s shape) square { return s.(square) }

func assertEmpty(x any) int { return x.(int) }

func assertIface(x any) shape { return x.(shape) }

func commaOkNonEmpty(s shape) int {
	q, ok := s.(square)
	if !ok {
		return 0
	}
	return q.s
}

func fmtEmpty() { fmt.Println() }

func fmtPrintf(x int) { fmt.Printf("%d\n", x) }

func errorsNew() error { return errors.New("boom") }

func two() (int, string) { return 1, "a" }

func unary(a int, b bool, p *int) {
	sink = -a + ^a + *p
	sinkAny = !b
	sinkAny = &a
	sink = -(-a)
}

func binary(a, b int, s string) bool {
	sink = a<<2 | b>>1&3&^a
	sink = (a + b) * (a - b) % 7
	return a < b && (b > 0 || s == "x") && s != ""
}

func indexSlice(xs []int, s string, arr [4]int, pa *[4]int) {
	sink = xs[1] + int(s[0]) + arr[2] + pa[3]
	sinkAny = xs[1:2]
	sinkAny = xs[:2:3]
	sinkStr = s[1:]
	sinkAny = arr[:]
	sinkAny = pa[1:]
}

func selectors(p *point, pp **point) int {
	return p.x + (*pp).y + (**pp).x
}

func chanOps(c chan int, r <-chan int, s chan<- int) {
	s <- <-r
	c <- sink + 1
}

func main() {
	conversions(1, 2, "s", nil)
	literals()
	sinkStr = concat("a", "b")
	sink = builtins([]int{1}, map[int]int{}) + immediate(1) + storedLit() + methodExprs(point{}) + methodCalls(point{}, &point{})
	makes(2)
	immediateStmt()
	methodValue(point{})
	sink = ifaceCall(square{2}) + assertNonEmpty(square{1}).s + assertEmpty(1) + commaOkNonEmpty(square{})
	sinkAny = assertIface(square{})
	fmtEmpty()
	fmtPrintf(1)
	sinkAny = errorsNew()
	x := 1
	unary(1, true, &x)
	_ = binary(1, 2, "x")
	indexSlice([]int{1, 2, 3}, "abc", [4]int{}, &[4]int{})
	p := &point{}
	sink = selectors(p, &p)
	c := make(chan int, 2)
	c <- 1
	chanOps(c, c, c)
	panics(nil)
}
