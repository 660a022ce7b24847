package main

import "fmt"

type counter struct {
	n    int
	name string
}

func (c *counter) inc() { c.n++ }

func (c *counter) get() int { return c.n }

func apply(fs []func()) {
	for _, f := range fs {
		f()
	}
}

func makeCounters(n int) []*counter {
	out := make([]*counter, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, &counter{name: fmt.Sprint(i)})
	}
	return out
}

func forEach(cs []*counter, f func(*counter)) {
	for _, c := range cs {
		f(c)
	}
}

func memo() func(int) int {
	cache := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := cache[n]; ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		cache[n] = r
		return r
	}
	return fib
}

func main() {
	cs := makeCounters(3)
	forEach(cs, func(c *counter) { c.inc() })
	total := 0
	forEach(cs, func(c *counter) { total += c.get() })
	c := counter{}
	fs := []func(){c.inc, cs[0].inc}
	apply(fs)
	f := memo()
	fmt.Println(total, c.n, f(10))
	ch := make(chan *counter, 1)
	ch <- &counter{}
	got := <-ch
	fmt.Println(got.n)
	var arr [3]*counter
	arr[0] = &counter{n: 1}
	fmt.Println(arr[0].n)
}
