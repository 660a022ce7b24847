package main

var keep []func() int

func ra(xs []int) {
	var v int
	for _, v = range xs {
	}
	keep = append(keep, func() int { return v })
}

func rb(xs []int) {
	var v int
	for _, v = range xs {
	}
	println(v)
}

func rc(m map[int]int) {
	var k, v int
	for k, v = range m {
	}
	keep = append(keep, func() int { return v + k })
}

func main() {}
