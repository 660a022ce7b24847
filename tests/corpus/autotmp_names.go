package main

// Go names the temporaries of its front end .autotmp_N, N counting the
// parameters, results, locals and earlier temporaries of the function: the
// callee of f()(), each result of a multi-value call passed on (fmt.Println(g()))
// or assigned with a comma-ok form to interfaces, and go/defer arguments.

import "fmt"

func mk() func() int { return func() int { return 1 } }

func g() int { return 1 }

func two() (int, *int) { return 1, nil }

type T struct{}

func (T) M() int { return 1 }

func get() T { return T{} }

func a() {
	func() { g() }()
	fmt.Println(mk()())
}

func b() {
	fmt.Println(get().M(), len([]int{}))
	fmt.Println(mk()())
}

func c(ch chan func() int) {
	defer fmt.Println("x", g())
	fmt.Println(mk()())
}

func d() {
	if x, p := two(); p != nil {
		_ = x
	}
	fmt.Println(two())
	fmt.Println(mk()())
}

func main() {
	f(nil, nil, nil)
	h()
	a()
	b()
	c(nil)
	d()
}

var sink1, sink2 any

func f(x any, m map[string]int, ch chan int) {
	var a, b any = x.(bool)
	sink1, sink2 = a, b
	var c, d any = m["k"]
	sink1, sink2 = c, d
	var e, g any = <-ch
	sink1, sink2 = e, g
}

func h() {
	var a, b any = two()
	sink1, sink2 = a, b
}
