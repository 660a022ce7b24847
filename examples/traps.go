// traps.go - the four classic ways a value ends up on the heap in Go.
//
// Build it with the real compiler to see its decisions:
//
//	go build -gcflags='-m -l' traps.go
//
// Each function below is one trap. The comment above it says what Go
// decides and why. Every decision comes from one question: can the value
// still be reached after the function that created it returns?
package main

import "fmt"

// Trap 1: a closure captures a local by reference and is returned.
//
// counter returns a function that keeps incrementing n. Because the
// closure assigns to n, it captures n by reference (it shares the
// variable, not a copy). The closure outlives counter, so n must too:
// Go reports "moved to heap: n" and "func literal escapes to heap".
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// Trap 2: a pointer is stored in a package-level map.
//
// registry lives for the whole program. Storing &u in it means u can be
// reached after register returns, so the parameter u is moved to the
// heap ("moved to heap: u"), and the key name leaks into the map too.
type user struct {
	name string
	age  int
}

var registry = map[string]*user{}

func register(name string, u user) {
	registry[name] = &u
}

// Trap 3: a slice is grown by append and returned.
//
// make([]int, 0, 4) creates a backing array. The slice is returned, so
// the caller can still reach that array: Go reports
// "make([]int, 0, 4) escapes to heap". (append may also allocate a new,
// bigger array; that one is on the heap anyway.)
func squares(n int) []int {
	out := make([]int, 0, 4)
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}

// Trap 4: a pointer to a local variable is returned.
//
// In C this would be a dangling pointer. In Go it is safe: the compiler
// sees that &p outlives newPoint and allocates p on the heap
// ("moved to heap: p").
type point struct {
	x, y int
}

func newPoint(x, y int) *point {
	p := point{x: x, y: y}
	return &p
}

// For contrast: sum only reads through its pointer and returns an int,
// so nothing escapes ("s does not escape") and its caller's slice can
// stay on the stack.
func sum(s *[]int) int {
	total := 0
	for _, v := range *s {
		total += v
	}
	return total
}

func main() {
	next := counter()
	next()

	register("ada", user{name: "ada", age: 36})

	sq := squares(5)
	local := []int{1, 2, 3}

	p := newPoint(1, 2)

	// fmt.Println's arguments are converted to interfaces, which makes
	// them escape too; that is a fifth, very common, trap.
	fmt.Println(next(), len(registry), sq[4], sum(&local), p.x+p.y)
}
