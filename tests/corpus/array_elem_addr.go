package main

type cell struct {
	v    int
	next *cell
}

type grid struct {
	cells [4]cell
	rows  [][]int
}

var hold *cell

func elemAddr(cs []cell, i int) *cell {
	return &cs[i]
}

func arrElem(g *grid) *cell {
	return &g.cells[1]
}

func localArr() int {
	var cs [3]cell
	p := &cs[0]
	p.v = 3
	return cs[0].v
}

func leakArr() {
	var cs [3]cell
	hold = &cs[1]
}

func sliceArr() []cell {
	var cs [3]cell
	return cs[:]
}

func ptrArr() *[3]int {
	a := [3]int{1, 2, 3}
	return &a
}

func rows(n int) [][]int {
	out := make([][]int, n)
	for i := range out {
		out[i] = make([]int, 2)
	}
	return out
}

func link(cs []cell) {
	for i := 0; i+1 < len(cs); i++ {
		cs[i].next = &cs[i+1]
	}
}

func main() {
	cs := []cell{{v: 1}, {v: 2}}
	link(cs)
	g := &grid{}
	g.rows = rows(2)
	leakArr()
	println(elemAddr(cs, 0).v, arrElem(g).v, localArr(), len(sliceArr()), ptrArr()[0])
}
