package main

import (
	"errors"
	"fmt"
)

type level int

const (
	low level = iota
	high
)

type entry struct {
	key   string
	count int
	lvl   level
	refs  []*entry
}

type index struct {
	entries map[string]*entry
	order   []string
	err     error
}

var errEmpty = errors.New("empty")

func newIndex(words []string) (*index, error) {
	if len(words) == 0 {
		return nil, errEmpty
	}
	ix := &index{entries: make(map[string]*entry, len(words))}
	for _, w := range words {
		ix.add(w)
	}
	return ix, nil
}

func (ix *index) add(w string) {
	e, ok := ix.entries[w]
	if !ok {
		e = &entry{key: w}
		ix.entries[w] = e
		ix.order = append(ix.order, w)
	}
	e.count++
	if e.count > 2 {
		e.lvl = high
	}
}

func (ix *index) top(n int) []*entry {
	out := make([]*entry, 0, n)
	for _, k := range ix.order {
		if len(out) == n {
			break
		}
		out = append(out, ix.entries[k])
	}
	return out
}

func link(a, b *entry) {
	a.refs = append(a.refs, b)
}

func total(es []*entry) (n int) {
	for _, e := range es {
		n += e.count
	}
	return
}

func split(s string) []string {
	var words []string
	start := -1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if start >= 0 {
				words = append(words, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

func (l level) String() string {
	if l == high {
		return "high"
	}
	return "low"
}

func summary(e *entry) string {
	return fmt.Sprintf("%s:%d:%v", e.key, e.count, e.lvl)
}

func main() {
	ix, err := newIndex(split("a b a c a b"))
	if err != nil {
		fmt.Println(err)
		return
	}
	top := ix.top(2)
	link(top[0], top[1])
	for _, e := range top {
		fmt.Println(summary(e))
	}
	fmt.Println(total(top), len(ix.order), high)
	buf := [8]byte{}
	copy(buf[:], "hello")
	fmt.Println(string(buf[:5]))
}
