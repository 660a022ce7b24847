package main

// Package-level initializers that Go lays out as data rather than code
// allocate nothing: converting any value to an interface for a global (the
// value goes to a hidden static variable), []byte("const") and
// []rune("const"), and interface-typed elements of static composite
// literals. A map literal or new(T) in an initializer is code, and escapes.

type point struct{ x, y int }

type shape interface{}

func origin() point { return point{} }

var (
	s     shape = origin()
	t     any   = point{1, 2}
	name        = []byte("minigo")
	runes       = []rune("héllo")
	list        = []any{origin(), 3}
	index       = map[string]any{"o": origin()}
	ptrs        = []*int{new(int)}
)

func main() {
	println(s, t, len(name), len(runes), len(list), len(index), len(ptrs))
}
