package main

import "fmt"

type node struct {
	val  int
	next *node
}

var last *int

func find(grid [][]int, want int) (int, int) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				return i, j
			}
			if v < 0 {
				continue outer
			}
			if v > 100 {
				break outer
			}
		}
	}
	return -1, -1
}

func retry(n int) *node {
	var head *node
	i := 0
again:
	p := &node{val: i}
	p.next = head
	head = p
	i++
	if i < n {
		goto again
	}
	return head
}

func forward(x int) int {
	q := new(int)
	if x > 0 {
		goto done
	}
	*q = x
done:
	return *q
}

func classify(xs []int) []string {
	var out []string
loop:
	for _, x := range xs {
		switch {
		case x == 0:
			continue loop
		case x < 0:
			break loop
		}
		s := fmt.Sprint(x)
		out = append(out, s)
	}
	return out
}

func pick(c int) *int {
	v := 0
sw:
	switch c {
	case 1:
		if v == 0 {
			break sw
		}
		v = 2
	default:
		last = &v
	}
	return nil
}

func main() {
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(retry(3).val)
	fmt.Println(forward(2))
	fmt.Println(len(classify([]int{1, 0, 2, -1, 3})))
	pick(1)
}
