// errorcheck -0 -m -l

// Assignment: what does each function do with its pointer parameters?
//
// Go summarises every pointer parameter in a tag that callers use instead of the body:
//
//	p does not escape                       only read through, never kept
//	leaking param: p to result ~r0 level=0  p itself is returned
//	leaking param: p to result ~r0 level=1  something p points to is returned
//	leaking param content: p                something p points to is kept (e.g. in a global)
//	leaking param: p                        p itself is kept
//
// Hand out the file without its ERROR comments (sed 's| // ERROR.*||'); the student writes
// the tag of each function's parameter as an ERROR comment on its line and checks it with
// `minigo test`. Then ask: which of these functions, called as f(&x), forces a caller's
// local x onto the heap? (Answer: keep only; identity also does if the caller lets its result
// escape. main shows keep doing it.)

package main

type box struct{ v *int }

var global *int

func read(p *int) int { // ERROR "p does not escape"
	return *p
}

func identity(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return p
}

func unbox(b *box) *int { // ERROR "leaking param: b to result ~r0 level=1"
	return b.v
}

func keepContent(b *box) { // ERROR "leaking param content: b"
	global = b.v
}

func keep(p *int) { // ERROR "leaking param: p"
	global = p
}

func main() {
	x := 0 // ERROR "moved to heap: x"
	keep(&x)
	println(read(&x), identity(&x), unbox(&box{&x})) // ERROR "&box{...} does not escape"
	keepContent(&box{new(int)})                      // ERROR "&box{...} does not escape" "new\(int\) escapes to heap"
}
