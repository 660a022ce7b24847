package main

import "fmt"

type builder struct {
	parts []string
	sep   string
}

func (b *builder) add(s string) *builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *builder) with(sep string) *builder {
	b.sep = sep
	return b
}

func (b *builder) build() string {
	out := ""
	for i, p := range b.parts {
		if i > 0 {
			out += b.sep
		}
		out += p
	}
	return out
}

type middleware func(func(string) string) func(string) string

func upper(next func(string) string) func(string) string {
	return func(s string) string { return next(s + "!") }
}

type event struct {
	name string
	cb   func(*event)
}

func fire(e *event) {
	if e.cb != nil {
		e.cb(e)
	}
}

var table = map[string]func(int) int{
	"double": func(n int) int { return n * 2 },
}

func main() {
	s := (&builder{}).with(",").add("a").add("b").build()
	h := upper(func(x string) string { return x })
	count := 0
	e := &event{name: "click", cb: func(ev *event) { count++ }}
	fire(e)
	fmt.Println(s, h("x"), count, table["double"](3))
}
