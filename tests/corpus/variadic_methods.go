package main

import "fmt"

type sink interface {
	put(vs ...*int)
}

type bag struct{ items []*int }

func (b *bag) put(vs ...*int) {
	b.items = append(b.items, vs...)
}

type counter int

func (c counter) add(ns ...int) counter {
	for _, n := range ns {
		c += counter(n)
	}
	return c
}

func pair() (int, int) { return 1, 2 }

func max3(a int, rest ...int) int {
	for _, r := range rest {
		if r > a {
			a = r
		}
	}
	return a
}

func apply(f func(...int) int, xs ...int) int {
	return f(xs...)
}

func main() {
	x, y := 1, 2
	var s sink = &bag{}
	s.put(&x, &y)
	fmt.Println(max3(pair()))
	c := counter(0)
	c = c.add(1, 2, 3)
	add := counter.add
	c = add(c, 4)
	fmt.Println(c)
	total := apply(func(ns ...int) int { return len(ns) }, 7, 8)
	fmt.Println(total)
	defer max3(1, 2, 3)
	go max3(4, 5)
	var f func(...*int) = (&bag{}).put
	f(new(int))
}
