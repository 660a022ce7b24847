package main

import "fmt"

type shape interface{ area() int }

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

type ints []int

type wrap struct {
	p   *int
	arr [2]*int
}

func ifaceMethodValue(s shape) func() int {
	return s.area
}

func localIfaceMV(s shape) int {
	f := s.area
	return f()
}

func mkWrap(a, b *int) wrap {
	return wrap{p: a, arr: [2]*int{a, b}}
}

func arrOf(p *int) [3]*int {
	return [3]*int{p, nil, p}
}

func rangeInt(n int) []*int {
	var out []*int
	for i := range n {
		out = append(out, &i)
	}
	return out
}

func runes(s string) int {
	c := 0
	for i, r := range s {
		c += i + int(r)
	}
	return c
}

func named(xs []int) ints {
	return ints(xs)
}

func cp(dst []byte, s string) int {
	return copy(dst, s)
}

func del(m map[*int]bool, k *int) {
	delete(m, k)
}

func newWrap(p *int) *wrap {
	w := new(wrap)
	w.p = p
	return w
}

func main() {
	x, y := 1, 2
	r := rect{2, 3}
	f := ifaceMethodValue(r)
	w := mkWrap(&x, &y)
	a := arrOf(&y)
	m := map[*int]bool{&x: true}
	del(m, &x)
	buf := make([]byte, 4)
	fmt.Println(f(), localIfaceMV(r), *w.p, *a[0], len(rangeInt(2)), runes("hé"), named([]int{1}), cp(buf, "ab"), newWrap(&y).p)
}
