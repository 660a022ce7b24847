package main

import "fmt"

type pt struct{ x, y int }

var sink any

func two(a int, b string) (any, any) {
	return a, b
}

func assign(a int, s string) {
	var x, y any
	x, y = a, s
	sink = x
	_ = y
}

func fields(n int) []any {
	return []any{n, pt{n, n}}
}

func mapPut(m map[string]any, k string, v int) {
	m[k] = v
}

func send(ch chan any, v pt) {
	ch <- v
}

func app(xs []any, v float64) []any {
	return append(xs, v)
}

func cmp(a any, v int) bool {
	return a == v
}

type holder struct {
	v any
	w any
}

func hold(n int, s string) holder {
	return holder{v: n, w: s}
}

func main() {
	a, b := two(1, "x")
	assign(2, "y")
	m := map[string]any{}
	mapPut(m, "k", 3)
	ch := make(chan any, 1)
	send(ch, pt{1, 2})
	fmt.Println(a, b, fields(4), app(nil, 1.5), cmp(5, 5), hold(1, "h"))
}
