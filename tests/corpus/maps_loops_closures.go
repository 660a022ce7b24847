package main

type item struct{ v int }

var cache = map[int]*item{}
var last *item

func get(k int) *item {
	if it, ok := cache[k]; ok {
		return it
	}
	it := &item{v: k}
	cache[k] = it
	return it
}

func setLast(it *item) {
	last = it
}

func loop(n int) *item {
	var keep *item
	for i := 0; i < n; i++ {
		t := &item{v: i}
		if i == n-1 {
			keep = t
		}
	}
	return keep
}

func counterPair() (func(), func() int) {
	c := 0
	return func() { c++ }, func() int { return c }
}

func selectAddr(flag bool) *int {
	a, b := 1, 2
	var p *int
	if flag {
		p = &a
	} else {
		p = &b
	}
	return p
}

func big() int {
	var x [20000]int
	x[1] = 2
	y := make([]int, 100000)
	return x[1] + len(y)
}

func main() {
	setLast(get(1))
	_ = loop(3)
	inc, read := counterPair()
	inc()
	println(read(), *selectAddr(true), big())
	func() {
		z := 3
		setLast(&item{v: z})
	}()
}
