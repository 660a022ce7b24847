package main

// The inliner's cost model, one construct per function, so that each cost
// Go prints with -m=2 pins one rule of hairyVisitor (inline/inl.go).

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

var sink any
var gi int

func empty() {}

func name(a int) int { return a }

func add(a, b int) int { return a + b }

func define(a int) { x := a; gi = x }

func varDecl() { var x int; gi = x }

func twoDefine(a, b int) { x, y := a, b; gi = x + y }

func multiResult() (int, int) { return 1, 2 }

func multiDefine() { x, y := multiResult(); gi = x + y }

func multiBlank() { x, _ := multiResult(); gi = x }

func commaOk(m map[int]int) { v, ok := m[1]; _, _ = v, ok }

func incr() { gi++ }

func opAssign(a int) { gi += a }

func field(p point) int { return p.x }

func ptrField(p *point) int { return p.y }

func addrField(p *point) *int { return &p.x }

func addrSecond(p *point) *int { return &p.y }

func deref(p *int) int { return *p }

func index(xs []int, i int) int { return xs[i] }

func mapIndex(m map[string]int) int { return m["k"] }

func slice(xs []int) []int { return xs[1:2] }

func arraySlice() []int { var a [4]int; return a[:] }

func length(xs []int) int { return len(xs) }

func newInt() *int { return new(int) }

func makeSlice(n int) []int { return make([]int, n) }

func makeMap() map[int]int { return make(map[int]int) }

func appendTwo(xs []int) []int { return append(xs, 1, 2) }

func structLit(a int) point { return point{x: a, y: 2} }

func ptrLit() *point { return &point{1, 2} }

func sliceLit() []int { return []int{1, 2, 3} }

func mapLit() map[string]int { return map[string]int{"a": 1} }

func funcLit() func() int { return func() int { return 1 } }

func convNumeric(a int) float64 { return float64(a) }

func convNop(a int) int64 { return int64(a) }

func toIface(a int) any { return a }

func assertAny(x any) int { return x.(int) }

func assertIface(s shape) sq { return s.(sq) }

func ifaceCall(s shape) int { return s.area() }

func methodCall(q sq) int { return q.area() }

func methodValue(q sq) func() int { return q.area }

func callInlinable() int { return add(1, 2) }

func callFmt(a int) { fmt.Println(a) }

func callFmtNone() { fmt.Println() }

func callPrintf(a int) { fmt.Printf("%d\n", a) }

func callSprintf(a int) string { return fmt.Sprintf("%d", a) }

func callErrors() error { return errors.New("x") }

func panics(s string) { panic(s) }

func ifElse(a int) int {
	if a > 0 {
		return 1
	} else {
		return 2
	}
}

func forLoop(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += i
	}
	return t
}

func rangeKV(xs []int) int {
	t := 0
	for i, v := range xs {
		t += i + v
	}
	return t
}

func switchTag(a int) int {
	switch a {
	case 1, 2:
		return 1
	default:
		return 0
	}
}

func typeSwitch(x any) int {
	switch v := x.(type) {
	case int:
		return v
	case string:
		return len(v)
	}
	return 0
}

func sendRecv(c chan int) int { c <- 1; return <-c }

func concat(a, b, c string) string { return a + b + c }

func constIf() int {
	if true {
		return 1
	}
	return 2
}

func withDefer() { defer empty() }

func withGo() { go empty() }

func withRecover() { recover() }

func main() {
	sink = point{1, 2}
	sink = sq{2}
}
