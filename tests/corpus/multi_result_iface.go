package main

import "fmt"

// Multi-value returns and assignments into mixed pointer and interface results: each result
// has its own leak, and each implicit conversion to an interface belongs to the value in its
// place, whatever the types of the other values.

func ptrAndAddr(p *int, n int) (*int, any) {
	x := n
	return p, &x
}

func accAndNext(acc int) (int, any) {
	return acc, acc + 1
}

func twice(n int) (any, any) {
	return n, n
}

func three(p *int, n int) (*int, any, any) {
	x := n
	return p, &x, n
}

func named(p *int, n int) (r0 *int, r1 any) {
	x := n
	r0, r1 = p, &x
	return
}

var ga, gb any

func assigns(p *int, n int) {
	x := n
	var a, b any
	a, b = p, &x
	ga, gb = a, b
}

func declares(acc int) {
	a, b := acc, any(acc+1)
	var c, d any = acc, acc + 2
	ga = a
	gb, ga = b, c
	_ = d
}

func main() {
	v := 1
	fmt.Println(ptrAndAddr(&v, 2))
	fmt.Println(accAndNext(3))
	fmt.Println(twice(4))
	fmt.Println(three(&v, 5))
	fmt.Println(named(&v, 6))
	assigns(&v, 7)
	declares(8)
	fmt.Println(ga, gb)
}
