package main

import "fmt"

// A type switch declares one variable per clause. Go reports a clause variable that moves to
// the heap at the last type of its clause's list (the element type of a pointer, slice or
// map type; the operand of a qualified name), or at `default`: not at the `v` of the switch.

type T struct{ x int }

var ga any
var gp *int

func single() {
	switch v := ga.(type) {
	case *int:
		gp = v
	case T:
		gp = &v.x
	}
}

func list() {
	switch v := ga.(type) {
	case T, int:
		ga = &v
	default:
		gp = nil
	}
}

func composite() {
	switch v := ga.(type) {
	case []int, *T:
		ga = &v
	}
	switch w := ga.(type) {
	case map[string]int:
		_ = w
	default:
		ga = &w
	}
	switch u := ga.(type) {
	case func(int) *T, [2]string:
		ga = &u
	}
}

func main() {
	ga = T{x: 1}
	single()
	list()
	composite()
	fmt.Println(gp != nil)
}
