package main

import "fmt"

type point struct{ x, y int }
type speaker interface{ speak() string }
type fn func(int) int

var sink any
var psink *point
var ssink []*point
var isink fmt.Stringer

func f(x any, p *point, i64 int64, b byte, ap *[3]*point, m map[string]*point, ch chan *point, q *point) (res *point) {
	sink = i64 == 5
	sink = b + 1
	sink = i64 << 2
	sink = 1 << i64
	isink = x.(fmt.Stringer)
	sink = x.(speaker)
	sink = interface{ speak() string }(nil)
	sink = fn(nil)
	sink = (func(int) int)(nil)
	sink = (*point)(nil)
	psink = ap[1]
	var v = p
	psink = v
	var w *point = q
	psink = w
	v2, ok := m["a"]
	if ok {
		psink = v2
	}
	switch {
	case b > 2:
		res = ch2(ch)
	}
	return
}

func ch2(ch chan *point) *point {
	r := <-ch
	return r
}

func g(s []*point, m map[int]*point) *point {
	for _, v := range s {
		if v != nil {
			return v
		}
	}
	t, ok := m[1]
	_ = ok
	return t
}

func main() {}
