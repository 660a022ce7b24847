package main

// defer i.M() runs in a hidden wrapper that calls M on its own copy of i,
// a compiler temporary. When i is statically a *T, Go's devirtualizer
// rewrites that call and names the temporary: devirtualizing .autotmp_N.M.

type I interface{ M() }

type T struct{ n int }

func (t *T) M() { t.n++ }

var pt = &T{}

func run() (r int) {
	var i I = pt
	defer i.M()
	r = 1
	return
}

func main() {
	println(run())
}
