package main

import "fmt"

type point struct{ x, y int }

func (p point) add(q point) point { return point{p.x + q.x, p.y + q.y} }
func (p *point) scale(k int)      { p.x = p.x * k }

var origin = point{}

func hook(p *point) { p.x = 0 }

func apply(f func(point, point) point, a, b point) point { return f(a, b) }

func swap(a, b *int) (*int, *int) {
	return b, a
}

func pairs() (*point, *point) {
	a := point{1, 2}
	b := &point{3, 4}
	return &a, b
}

func main() {
	f := point.add
	r := apply(f, point{1, 1}, point{2, 2})
	g := (*point).scale
	g(&r, 2)
	hook(&r)
	x, y := 1, 2
	px, py := swap(&x, &y)
	p1, p2 := pairs()
	m := r.add
	fmt.Println(r, *px, *py, p1.x, p2.y, m(origin))
	var iface fmt.Stringer
	fmt.Println(iface == nil)
	for i := range 3 {
		fmt.Println(i)
	}
	s := struct{ a, b int }{1, 2}
	fmt.Println(s.a)
}
