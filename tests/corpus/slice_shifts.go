package main

type node struct {
	next *node
	val  *int
	alt  *int
	arr  [2]*int
	kids []*node
}

func shift(xs []*int) {
	for i := 0; i+1 < len(xs); i++ {
		xs[i] = xs[i+1]
	}
}

func skip(n *node) {
	n.next = n.next.next
}

func swapVals(n *node) {
	n.val, n.alt = n.alt, n.val
}

func rotate(n *node) {
	n.arr[0] = n.arr[1]
}

func trim(n *node) {
	n.kids = n.kids[1:]
}

func copyField(a, b *node) {
	a.val = b.val
}

func idx(xs []*int, f func() int) {
	xs[f()] = xs[0]
}

type ring struct {
	buf  []int
	head int
}

func (r *ring) pop() int {
	v := r.buf[0]
	r.buf = r.buf[1:]
	return v
}

func local() int {
	s := []int{1, 2, 3}
	s = s[1:]
	var v struct{ a, b *int }
	x := 1
	v.a = &x
	v.b = v.a
	return s[0] + *v.b
}

func main() {
	x, y := 1, 2
	n := &node{val: &x, alt: &y}
	n.next = &node{next: &node{}}
	skip(n)
	swapVals(n)
	rotate(n)
	trim(n)
	copyField(n, n.next)
	xs := []*int{&x, &y}
	shift(xs)
	idx(xs, func() int { return 1 })
	r := &ring{buf: []int{1, 2}}
	println(r.pop(), local())
}
