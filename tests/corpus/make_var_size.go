package main

// make's size is "constant" only if the expression is a constant in the
// source: a variable holding 32 still makes the slice escape.

const width = 32

func constSize() int {
	s := make([]int, width)
	return len(s)
}

func varSize() int {
	n := 32
	s := make([]int, n)
	t := make([]int, 0, n)
	return len(s) + cap(t)
}

func main() {
	println(constSize(), varSize())
}
