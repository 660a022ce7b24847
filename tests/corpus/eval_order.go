package main

import "fmt"

type T struct {
	next *T
	vals []int
	m    map[string][]int
}

func g(t *T) *T { return t }

func f(a, b *T) int { return 0 }

var sink any

func nested() *T {
	return &T{next: &T{vals: []int{1, 2}}, m: map[string][]int{"a": {1}, "b": nil}}
}

func args() int {
	return f(&T{}, g(&T{vals: make([]int, 3)}))
}

func mixed(x int, y *int) []any {
	return []any{x, &y, fmt.Sprint(x), []int{x}, T{}}
}

func order(s string) {
	sink = fmt.Sprintf("%s-%s", s+"a", string([]byte(s)))
}

func arrays() [2][]*T {
	return [2][]*T{{&T{}}, {}}
}

func main() {
	y := 2
	fmt.Println(nested().next.vals, args(), len(mixed(1, &y)), arrays())
	order("z")
}
