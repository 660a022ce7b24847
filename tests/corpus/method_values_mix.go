package main

import "fmt"

type base struct{ id int }

func (b *base) ID() int { return b.id }

type derived struct {
	b    base
	name string
}

type op struct {
	name string
	fn   func(a, b int) int
}

func ops() []op {
	return []op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
	}
}

func mkAdder(p *int) func(int) int {
	return func(n int) int { return *p + n }
}

func useAdder() int {
	x := 5
	f := mkAdder(&x)
	return f(1)
}

func boxAll(xs []int) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func lits() int {
	a := []any{1, "two", 3.0}
	m := map[string]any{"k": []int{1}}
	return len(a) + len(m)
}

type stringer interface{ String() string }

type name string

func (n name) String() string { return string(n) }

func show(s stringer) string { return s.String() }

func main() {
	d := &derived{base{1}, "d"}
	fmt.Println(d.b.ID(), d.name)
	for _, o := range ops() {
		fmt.Println(o.name, o.fn(3, 1))
	}
	fmt.Println(useAdder(), len(boxAll([]int{1, 2})), lits(), show(name("n")))
}
