package main

import "fmt"

type pair struct {
	k string
	v *int
}

func keys(m map[string]*int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func values(ps []pair) []*int {
	var out []*int
	for _, p := range ps {
		out = append(out, p.v)
	}
	return out
}

func second(a, b *int) (*int, *int) { return b, a }

func deep(p ***int) **int { return *p }

func firstOf(ps *[3]pair) *int { return ps[0].v }

func itoa(xs []int) string {
	s := ""
	for _, x := range xs {
		s += fmt.Sprint(x) + ","
	}
	return s
}

func conv(b []byte, r []rune) (string, string) {
	return string(b), string(r)
}

func runes(s string) int {
	n := 0
	for range []rune(s) {
		n++
	}
	return n
}

func main() {
	x, y := 1, 2
	m := map[string]*int{"x": &x}
	ps := []pair{{"y", &y}}
	a, b := second(&x, &y)
	px := &x
	ppx := &px
	println(len(keys(m)), len(values(ps)), *a+*b, **deep(&ppx), itoa([]int{1, 2}), runes("héllo"))
	var arr [3]pair
	arr[0].v = &y
	println(*firstOf(&arr))
	s1, s2 := conv([]byte("ab"), []rune("cd"))
	println(s1, s2)
}
