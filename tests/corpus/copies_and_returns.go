package main

type T struct {
	p *int
	s []string
}

var sink *T
var gs []*int

func store(t *T, x *int) {
	t.p = x
}

func keep(x *int) *int {
	y := x
	return y
}

func viaSlice(n int) []*int {
	out := []*int{}
	for i := 0; i < n; i++ {
		v := i
		out = append(out, &v)
	}
	return out
}

func global(x int) {
	t := &T{}
	t.p = &x
	sink = t
}

func arr() int {
	var a [4]*int
	z := 3
	a[0] = &z
	return *a[0]
}

func nested() **int {
	q := 5
	p := &q
	return &p
}

func mk(n int) []byte {
	b := make([]byte, n)
	return b
}

func str(s string) string {
	return s + "!"
}

func main() {
	x := 1
	t := T{}
	store(&t, &x)
	_ = keep(&x)
	_ = viaSlice(3)
	global(2)
	_ = arr()
	_ = nested()
	_ = mk(4)
	println(str("a"))
	y := 2
	gs = append(gs, &y)
}
