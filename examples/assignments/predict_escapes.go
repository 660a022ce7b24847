// errorcheck -0 -m -l

// Assignment: predict which of these escape.
//
// Hand out this file without its ERROR comments:
//
//	sed 's| // ERROR.*||' predict_escapes.go > student.go
//
// The student adds, on each line where Go reports something, a line comment: the word ERROR
// and a quoted regular expression for what Go prints (several quoted ones if Go prints
// several messages on that line), as in the answer key below,
// and checks the prediction only at the end with `minigo test student.go`. A missing
// message and a message nobody predicted both fail the file. This copy is the answer key.

package main

type point struct{ x, y int }

// Returning a pointer to a local: the local must outlive the frame.
func newPoint() *point {
	p := point{1, 2} // ERROR "moved to heap: p"
	return &p
}

// A pointer that only flows into the result leaks to the result, not to the heap.
func first(ps []*point) *point { // ERROR "leaking param: ps to result ~r0 level=1"
	return ps[0]
}

// A small slice used only inside the function stays on the stack.
func total() int {
	xs := []int{1, 2, 3} // ERROR "\[\]int{...} does not escape"
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// Stored in a global: reachable after the function returns.
var last *point

func remember(p *point) { // ERROR "leaking param: p"
	last = p
}

// Only read through: the pointer does not escape.
func norm(p *point) int { // ERROR "p does not escape"
	return p.x*p.x + p.y*p.y
}

// A closure that captures a variable and is returned.
func counter() func() int {
	n := 0              // ERROR "moved to heap: n"
	return func() int { // ERROR "func literal escapes to heap"
		n++
		return n
	}
}

func main() {
	remember(newPoint())
	println(first([]*point{last}).x, total(), norm(&point{3, 4}), counter()()) // ERROR "\[\]\*point{...} does not escape" "&point{...} does not escape"
}
