package main

// &T{...} for a slice or map type T makes two allocations: the cell
// that holds the slice (or map) header, and the literal's data. Each is
// reported on its own: the header at '&', the data at '{'.

type stack []int
type index map[string]int

var keep *stack

func local() int {
	s := &stack{1, 2}
	m := &index{"a": 1}
	return len(*s) + len(*m)
}

func stored() {
	s := &stack{}
	*s = append(*s, 1)
	keep = s
}

func (s *stack) push(v int) {
	*s = append(*s, v)
}

func pushed() int {
	s := &stack{}
	s.push(1)
	return len(*s)
}

func main() {
	println(local(), pushed())
	stored()
}
