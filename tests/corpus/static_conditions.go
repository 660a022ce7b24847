package main

import "fmt"

// Go's front end drops a branch whose condition is a constant before escape
// analysis runs: a debug block under `const debug = false` costs nothing,
// not even a heap allocation. Statements after `if true { return }` are
// dropped too. A condition that only looks constant to a reader (a call,
// or parentheses around a constant part) keeps both branches.

const debug = false

var sink *int

func traced(n int) int {
	if debug {
		fmt.Println("traced", n)
	}
	return n * 2
}

func neverLoops() {
	for i := 0; false; i++ {
		v := i
		sink = &v
	}
}

func earlyExit() {
	if true {
		return
	}
	z := 1
	sink = &z
}

func check() bool { return true }

func notConstant() {
	if check() && debug {
		a := 1
		sink = &a
	} else {
		b := 2
		sink = &b
	}
	if !(check() && false) {
		c := 3
		sink = &c
	}
}

func main() {
	fmt.Println(traced(1))
	neverLoops()
	earlyExit()
	notConstant()
}
