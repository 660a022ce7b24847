package main

import "fmt"

type num int

func box(x int) any { return any(x) }

func pass(x any) {}

func arith(a, b int, s, t string) {
	fmt.Println(a+b, a*b-1, -a, s+t, num(a), float64(b)/2, a > b, len(s)+1)
	pass(any(a))
	var e error = fmt.Errorf("x")
	pass(error(e))
	fmt.Println(s[1:], t[0], []byte(s)[0], (a))
}

func main() {
	fmt.Println(box(1))
	arith(1, 2, "ab", "cd")
}
