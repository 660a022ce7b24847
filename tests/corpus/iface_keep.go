package main

import "fmt"

type animal interface {
	sound() string
}

type dog struct{ name string }
type cow struct{ weight int }

func (d dog) sound() string  { return d.name + " woof" }
func (c *cow) sound() string { return "moo" }

type zoo struct {
	animals []animal
}

func (z *zoo) add(a animal) { z.animals = append(z.animals, a) }

func classify(x any) string {
	switch v := x.(type) {
	case int:
		return "int"
	case string:
		return "string " + v
	case *cow:
		return "cow"
	case fmt.Stringer:
		return v.String()
	}
	return "?"
}

func keep(x any) any {
	if s, ok := x.(string); ok {
		return s
	}
	return x
}

var last animal

func remember(a animal) {
	last = a
}

func main() {
	z := &zoo{}
	z.add(dog{"rex"})
	z.add(&cow{100})
	for _, a := range z.animals {
		fmt.Println(a.sound())
	}
	fmt.Println(classify(1), classify("x"), classify(&cow{}))
	v := keep(42)
	d := dog{"fido"}
	remember(d)
	var a animal = &cow{5}
	fmt.Println(v, a.sound())
	arr := [3]int{1, 2, 3}
	sl := arr[1:]
	fmt.Println(len(sl), sl[0])
}
