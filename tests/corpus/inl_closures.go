package main

// Closures and the inliner: a literal costs 16 where it is made; a call of a
// literal (directly or through a variable never reassigned) is inlined when
// the literal is; inlining a function copies its literals under new names
// (main.mk.func1); a capturing closure is inlined only into the function it
// sits in; go/defer calls with arguments run in gowrap/deferwrap closures.

var out int

func mk(base int) func(int) int {
	return func(x int) int { return base + x }
}

func direct() int {
	return func(a int) int { return a * 2 }(21)
}

func viaVar() int {
	double := func(a int) int { return a * 2 }
	return double(4)
}

func reassigned(v int) int {
	f := inc
	if v > 0 {
		f = dec
	}
	return f(v)
}

func outerCapture(n int) int {
	total := 0
	add := func(k int) { total += k }
	inner := func() {
		add(n)
		add(n)
	}
	inner()
	return total
}

func apply(f func(int) int, v int) int { return f(v) }

func inc(v int) int { return v + 1 }

func dec(v int) int { return v - 1 }

func spawn(c chan int, n int) {
	go func(k int) { c <- k }(n)
	defer println(n)
}

func expensive(a, b, c int) int {
	g := func() int { return a + b }
	out = a*b + b*c + c*a + a*a + b*b + c*c + a*b*c + a - b - c + a*b*c*a*b*c
	out += a*b + b*c + c*a + a*a + b*b + c*c + a*b*c + a - b - c + a*b*c*a*b*c
	return g()
}

func main() {
	f := mk(1)
	println(f(2), direct(), viaVar(), reassigned(1), outerCapture(3))
	println(apply(inc, 1), apply(func(v int) int { return v * 3 }, 2))
	c := make(chan int, 1)
	spawn(c, 1)
	println(<-c, expensive(1, 2, 3))
}
