package main

func lastAddr() int {
	var p *int
	for i := 0; i < 3; i++ {
		p = &i
	}
	return *p
}

func lastRange(xs []int) int {
	var p *int
	for _, v := range xs {
		p = &v
	}
	return *p
}

func inner() int {
	s := 0
	for i := 0; i < 3; i++ {
		q := &i
		s += *q
	}
	return s
}

func condAlloc() int {
	n := 0
	for p := new(int); *p < 3; p = new(int) {
		*p = 5
		n++
	}
	return n
}

func main() {
	println(lastAddr(), lastRange([]int{1}), inner(), condAlloc())
}
