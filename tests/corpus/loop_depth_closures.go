package main

type N struct{ next *N }

func nestedLoops() *N {
	var head *N
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			n := N{next: head}
			head = &n
		}
	}
	return head
}

func sameDepth() int {
	c := 0
	for i := 0; i < 2; i++ {
		var p *N
		n := N{}
		p = &n
		if p != nil {
			c++
		}
	}
	return c
}

func closureInLoop() int {
	t := 0
	for i := 0; i < 3; i++ {
		add := func(k int) { t += k }
		add(i)
	}
	return t
}

func closureKeepsLocal() []func() int {
	var fs []func() int
	for i := 0; i < 2; i++ {
		x := i
		fs = append(fs, func() int { x++; return x })
	}
	return fs
}

func walk(h *N) int {
	c := 0
	for p := h; p != nil; p = p.next {
		c++
	}
	return c
}

func main() {
	println(walk(nestedLoops()), sameDepth(), closureInLoop(), len(closureKeepsLocal()))
}
