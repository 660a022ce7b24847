package main

import "fmt"

var flag bool

var saved []*int

// A label that a later goto jumps back to is a loop for escape analysis (Go's
// test/escape_goto.go): what is allocated after it is in a deeper loop than p.
func backward() {
	var p *int
loop:
	if flag {
		goto loop
	}
	p = new(int)
	_ = p
}

// The goto is inside the if: the label is looping only until the end of that block.
func inside() {
	var p *int
	if flag {
	loop:
		goto loop
	}
	p = new(int)
	_ = p
}

// A goto jumping forward makes no loop.
func forwardOnly(n int) int {
	x := 0
	if n > 3 {
		goto end
	}
	x = n * 2
end:
	return x
}

// Variables declared after a looping label live in the loop: their addresses kept
// outside (in q) must go to the heap.
func collect(n int) *int {
	var q *int
	i := 0
again:
	v := i
	q = &v
	i++
	if i < n {
		goto again
	}
	return q
}

func keep(n int) {
	i := 0
next:
	if i < n {
		x := i
		saved = append(saved, &x)
		i++
		goto next
	}
}

func main() {
	backward()
	inside()
	fmt.Println(forwardOnly(5), *collect(3))
	keep(2)
	fmt.Println(len(saved))
}
