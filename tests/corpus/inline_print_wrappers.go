package main

// The wrappers Go builds for go/defer statements (typecheck.normalizeGoDeferCall), as -m=2
// prints them: the operands evaluated at the statement become the enclosing function's
// temporaries; constants, nil, new(T), package functions and method expressions stay in the
// call, array, slice and struct literals are looked into.

import "fmt"

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int     { return q.s }
func (q *sq) grow(n int)   { q.s += n }
func (q sq) show(p *int)   { *p = q.s }
func work(a int, s string) {}
func any1(x any)           {}

type pair struct {
	a int
	b *int
}

func takePair(p pair)       {}
func takeArr(a [2]*int)     {}
func takeMap(m map[int]int) {}
func takeNamed(xs ints)     {}

type ints []int

var g int

func forms(s shape, q sq, p *sq, x int, f func(int), fs []func()) {
	defer s.area()
	defer q.grow(1)
	defer p.grow(x)
	defer q.show(&x)
	defer work(x, "k")
	defer work(3, fmt.Sprint(x))
	defer any1(x)
	defer any1("const")
	defer any1(nil)
	defer f(x)
	defer fs[0]()
	defer func(n int) { g = n }(x)
	defer takePair(pair{x, &g})
	defer takePair(pair{a: 1, b: nil})
	defer takeArr([2]*int{&x, new(int)})
	defer takeMap(map[int]int{1: x})
	defer takeNamed([]int{x})
	defer fmt.Println()
	defer fmt.Println(x, "y")
	defer fmt.Printf("%d", x)
	defer println(x, 2)
	defer recover()
	defer work(len(fs), "")
	go work(x+1, string(rune(x)))
}

func main() {
	forms(sq{}, sq{}, &sq{}, 1, func(int) {}, nil)
}
