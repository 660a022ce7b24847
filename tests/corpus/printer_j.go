package main

type stack struct{ items []*int }

var global = map[string]*int{}
var gp *int
var gs string

func (s *stack) each() func() *int {
	return func() *int {
		f := func() *int { return s.items[0] }
		return f()
	}
}

func classify(v any, p *int, s string) {
	switch x := v.(type) {
	case *int:
		gp = x
	case string, error:
		_ = x
	}
	switch {
	case s == "a":
		gs = s + "!"
	default:
		gs = s + "?"
	}
	if q := p; q != nil {
		gp = q
	} else {
		gp = nil
	}
}

func calls(s *stack, ch chan *int) {
	gp = s.each()()
	gp = <-ch
	x := new(int)
	ch <- x
	gs = (s.name() + "x")[1:]
	var a, b = new(int), new(int)
	gp = a
	gp = b
}

func (s *stack) name() string { return "s" }

func main() {}
