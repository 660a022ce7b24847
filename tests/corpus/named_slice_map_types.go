package main

import "fmt"

type list []*int
type set map[string]bool

func (l list) first() *int      { return l[0] }
func (l *list) push(p *int)     { *l = append(*l, p) }
func (s set) add(k string)      { s[k] = true }
func (s set) has(k string) bool { return s[k] }

func pair() (*int, string) {
	x := 1
	return &x, "s"
}

func take(p *int, s string) int { return *p + len(s) }

func main() {
	var l list
	v := 3
	l.push(&v)
	s := set{}
	s.add("a")
	n := take(pair())
	fmt.Println(*l.first(), s.has("a"), n)
	p, q := pair()
	fmt.Println(*p, q)
}
