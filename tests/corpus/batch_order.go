package main

// Go analyses functions callee-first, meeting a body's callees in a
// preorder walk of its syntax tree: in b.keep(build()), the method keep
// comes before build, although build runs first. Each callee prints its
// own lines as soon as it is analysed, so this order is visible.

type bag struct {
	items []*int
}

var global []*int

func (b *bag) keep(p *int) {
	global = append(global, p)
}

func build() *int {
	n := 42
	return &n
}

func main() {
	b := &bag{}
	b.keep(build())
}
