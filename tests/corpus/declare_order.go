package main

var keep []func() int

func before() {
	x := 1
	x = 2
	keep = append(keep, func() int { return x })
}

func after() {
	x := 1
	keep = append(keep, func() int { return x })
	x = 2
}

func beforeInLoop() {
	x := 1
	for i := 0; i < 2; i++ {
		x = i
		keep = append(keep, func() int { return x })
	}
}

func inClosure() {
	x := 1
	keep = append(keep, func() int { x++; return x })
}

func varDecl() {
	var x int
	x = 5
	keep = append(keep, func() int { return x })
}

func redeclare() {
	x, y := 1, 2
	x, z := 3, 4
	keep = append(keep, func() int { return x + y + z })
}

func rangeAssign(xs []int) {
	var v int
	for _, v = range xs {
	}
	keep = append(keep, func() int { return v })
}

func main() {
	before()
	after()
	beforeInLoop()
	inClosure()
	varDecl()
	redeclare()
	rangeAssign([]int{1})
	println(len(keep))
}
