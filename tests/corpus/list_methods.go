package main

import "fmt"

type node struct {
	val  int
	next *node
}

type list struct {
	head *node
	size int
}

func (l *list) push(v int) {
	l.head = &node{val: v, next: l.head}
	l.size++
}

func (l *list) first() *node { return l.head }

func (l list) count() int { return l.size }

func sum(l *list) (total int) {
	for n := l.head; n != nil; n = n.next {
		total += n.val
	}
	return
}

func find(l *list, v int) (res *node, ok bool) {
	for n := l.head; n != nil; n = n.next {
		if n.val == v {
			return n, true
		}
	}
	return nil, false
}

func grow(xs []int, n int) []int {
	for i := 0; i < n; i++ {
		xs = append(xs, i)
	}
	return xs
}

func fill(buf []byte) {
	for i := range buf {
		buf[i] = 'x'
	}
}

func main() {
	l := &list{}
	l.push(1)
	l.push(2)
	fmt.Println(sum(l), l.count())
	if n, ok := find(l, 2); ok {
		fmt.Println(n.val)
	}
	xs := grow(nil, 5)
	var buf [16]byte
	fill(buf[:])
	big := make([]byte, 100)
	fill(big)
	fmt.Printf("%v %s %d\n", xs, string(buf[:]), len(big))
	defer fmt.Println("done")
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println(i) }()
	}
}
