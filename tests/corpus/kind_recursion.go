package main

type node struct{ next *node }

func walk(n *node) *node {
	if n.next == nil {
		return n
	}
	return walk(n.next)
}

func main() {
	n := &node{}
	_ = walk(n)
}
