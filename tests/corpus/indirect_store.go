package main

// Go's escape analysis is flow-insensitive and does not track what a
// pointer variable points to: a store through any pointer (*y = v,
// y.f = v, s[i] = v) sends v to the heap, even when y plainly holds
// the address of a local.

type box struct {
	p *int
}

func throughParamAddr(p *int) {
	i := 0
	y := &p
	*y = &i // i escapes: the store goes through y
}

func throughLocalStruct() int {
	j := 0
	var b box
	q := &b
	q.p = &j // q.p is (*q).p: through a pointer
	return *b.p
}

func direct() int {
	k := 0
	var b box
	b.p = &k // b.p is a field of a local: k stays
	return *b.p
}

func main() {
	throughParamAddr(nil)
	println(throughLocalStruct(), direct())
}
