package main

// Valid Go that is easy to get wrong: a blank in parentheses, the address
// of a parenthesised composite literal, a type defined as another type
// whose struct refers back to it through a pointer, and builtins applied
// to a multi-value call.

type node struct {
	next *alias
}

type alias node

type chain1 chain2
type chain2 chain3
type chain3 struct {
	next *chain1
}

func pair(b []byte) ([]byte, []byte) {
	return b, []byte("abc")
}

func entry(m map[int]int) (map[int]int, int) {
	return m, 0
}

func grow() ([]*int, *int) {
	x := 1
	return nil, &x
}

func main() {
	(_) = 0
	n := &(node{})
	c := &(chain1{})
	buf := []byte{1, 2, 3}
	k := copy(pair(buf))
	m := map[int]int{0: 0}
	delete(entry(m))
	s := append(grow())
	println(n.next == nil, c.next == nil, k, len(m), len(s))
}
