package main

import "fmt"

// A closure captures a variable by value only if it is never reassigned, and Go's escape
// analysis counts an assignment to a field of a struct variable or to an element of an
// array variable as a reassignment of the variable itself.

type pair struct {
	x, y int
}

var keep func() int

// The array is modified through an element after the goroutine captured it: by reference.
func arrayElem(n int) {
	a := [4]int{1, 2, 3, 4}
	done := make(chan bool)
	go func() {
		fmt.Println(a[0])
		done <- true
	}()
	<-done
	a[0] = n
}

// The struct is modified through a field after the closure captured it: by reference.
func structField(n int) int {
	t := pair{x: 1}
	keep = func() int { return t.x }
	t.x = n
	return keep()
}

// An increment of an element counts too.
func elemIncr(n int) {
	a := [2]int{n, n}
	keep = func() int { return a[1] }
	a[n%2]++
}

// A field of an array element, before the capture but in a deeper loop: by reference.
func fieldInLoop(n int) {
	var a [3]pair
	a[1].x = n
	for {
		keep = func() int { return a[0].x }
		break
	}
}

// Reassignments before the first capture at the variable's own loop depth are forgotten.
func before(n int) {
	t := pair{x: n}
	t.y = 2
	keep = func() int { return t.x + t.y }
	a := [4]int{1, 2, 3, n}
	for i := 0; i < 2; i++ {
		a[1]++
	}
	keep = func() int { return a[0] }
}

// Through a pointer or into a slice nothing is reassigned: captured by value.
func notReassigned(n int) {
	p := &pair{}
	s := []int{1, 2}
	keep = func() int { return p.x + s[0] }
	p.x = n
	s[0] = n
}

func main() {
	arrayElem(1)
	fmt.Println(structField(2))
	elemIncr(3)
	fieldInLoop(4)
	before(5)
	notReassigned(6)
	fmt.Println(keep())
}
