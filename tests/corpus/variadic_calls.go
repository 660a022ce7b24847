package main

import "fmt"

type point struct{ x, y int }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var keep [][]*int

func keepAll(ps ...*int) {
	keep = append(keep, ps)
}

func first(ps ...*point) *point {
	if len(ps) == 0 {
		return nil
	}
	return ps[0]
}

func prefix(s string, rest ...string) []string {
	return rest
}

type logger struct{ lines []string }

func (l *logger) logf(format string, args ...any) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func main() {
	a, b := 1, 2
	fmt.Println(sum(), sum(a), sum(a, b, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	keepAll(&a, &b)
	p := first(&point{1, 2}, &point{3, 4})
	q := first()
	fmt.Println(p.x, q == nil)
	r := prefix("a", "b", "c")
	fmt.Println(len(r))
	l := &logger{}
	l.logf("%d %d", a, b)
	f := sum
	fmt.Println(f(1, 2))
	g := l.logf
	g("x", 1)
	var h func(...int) int = sum
	fmt.Println(h(xs...))
}
