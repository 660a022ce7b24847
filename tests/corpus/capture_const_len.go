package main

// len and cap of an array variable are constants: Go folds them, so a closure that uses an
// array only through len(a) does not capture it, and a later a[0] = n moves nothing.

import "fmt"

var gf func() int

func f5(n int) {
	a := [4]int{1, 2, 3, n}
	go func() {
		_ = len(a)
	}()
	a[0] = n
}

func f6(n int) {
	var a [3]int
	gf = func() int { return len(a) + cap(a) }
	a[1] = n
	t := struct{ s [2]int }{}
	gf = func() int { return len(t.s) }
	t.s[0] = n
}

func main() {
	f5(1)
	f6(2)
	fmt.Println(gf())
}
