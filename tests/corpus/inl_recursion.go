package main

// Recursion and the inliner: a self-recursive function is never checked
// (cannot inline F: recursive); functions of a mutually recursive cycle are
// checked in cycle order, each seeing the later ones as not inlinable; an
// inlined cycle stops where it meets itself (repeated recursive cycle).

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func ping(n int) int {
	if n <= 0 {
		return 0
	}
	return pong(n - 1)
}

func pong(n int) int {
	if n <= 0 {
		return 1
	}
	return pang(n - 1)
}

func pang(n int) int {
	return ping(n - 1)
}

func walk(n int) int {
	f := func(k int) int { return k + 1 }
	if n == 0 {
		return f(0)
	}
	return walk(n - 1)
}

func main() {
	println(fact(5), ping(4), pong(3), pang(2), walk(3))
}
