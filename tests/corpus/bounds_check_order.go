package main

// More bounds-check elision: closures that capture variables are compiled
// right after their function, a package-level closure first.

var small [8]int

var v = func(i uint) int { return small[i%8] }(3)

var w = small[uint(len(small))&3+uint(v)&1]

func A(i uint) int {
	f := func() int { return small[i&7] }
	return f() + small[i&1]
}

func init() {
	x := uint(v)
	small[x&7] = 1
}

func B(i uint) int {
	g := func() int {
		h := func() int { return small[i&2] }
		return small[i&3] + h()
	}
	return g() + small[i&4]
}

func main() {
	println(A(1), B(2), w)
}
