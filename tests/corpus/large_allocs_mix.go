package main

type matrix [4][4]int

type big struct {
	data [1 << 20]int
}

func identity() matrix {
	var m matrix
	for i := 0; i < 4; i++ {
		m[i][i] = 1
	}
	return m
}

func newBig() *big {
	return new(big)
}

func localBig() int {
	var b big
	b.data[0] = 1
	return b.data[0]
}

func huge() int {
	var h [2 << 20]int
	h[5] = 3
	return h[5]
}

func makes(n int) int {
	a := make([]int, 10)
	b := make([]int, n)
	c := make([]int, 0, 10)
	d := make(map[int]int)
	e := make(map[int]int, n)
	f := make(chan int, 3)
	g := make([]int, 10000)
	h := make([]byte, 70000)
	return len(a) + len(b) + len(c) + len(d) + len(e) + cap(f) + len(g) + len(h)
}

func ptrs() *int {
	xs := []*int{}
	for i := 0; i < 3; i++ {
		v := i
		xs = append(xs, &v)
	}
	return xs[0]
}

func main() {
	m := identity()
	println(m[1][1], newBig().data[0], localBig(), huge(), makes(5), *ptrs())
}
