package main

import (
	"errors"
	"fmt"
)

type shape interface {
	area() float64
	name() string
}

type sq struct{ s float64 }
type circ struct{ r float64 }

func (q sq) area() float64    { return q.s * q.s }
func (q sq) name() string     { return "sq" }
func (c *circ) area() float64 { return 3 * c.r * c.r }
func (c *circ) name() string  { return "circ" }

var registry = map[string]shape{}

func register(s shape) {
	registry[s.name()] = s
}

func biggest(ss []shape) shape {
	var best shape
	for _, s := range ss {
		if best == nil || s.area() > best.area() {
			best = s
		}
	}
	return best
}

func check(x int) error {
	if x < 0 {
		return errors.New("negative")
	}
	if x > 100 {
		return fmt.Errorf("too big: %d", x)
	}
	return nil
}

type wrapErr struct {
	msg string
	err error
}

func (w *wrapErr) Error() string { return w.msg + ": " + w.err.Error() }

func wrap(msg string, err error) error {
	return &wrapErr{msg, err}
}

func main() {
	register(sq{2})
	register(&circ{1})
	shapes := []shape{sq{1}, &circ{2}, sq{3}}
	b := biggest(shapes)
	fmt.Println(b.name())
	if err := check(-1); err != nil {
		fmt.Println(wrap("main", err))
	}
	var s shape = sq{5}
	fmt.Println(s.area())
	total := 0.0
	for _, x := range shapes {
		total += x.area()
	}
	println(total)
}
