package main

type visitor func(n int) bool

type tree struct {
	left, right *tree
	val         int
}

func (t *tree) walk(v visitor) bool {
	if t == nil {
		return true
	}
	return t.left.walk(v) && v(t.val) && t.right.walk(v)
}

func insert(t *tree, v int) *tree {
	if t == nil {
		return &tree{val: v}
	}
	if v < t.val {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func collect(t *tree) []int {
	var out []int
	t.walk(func(n int) bool {
		out = append(out, n)
		return true
	})
	return out
}

func countIf(t *tree, pred func(int) bool) int {
	n := 0
	t.walk(func(x int) bool {
		if pred(x) {
			n++
		}
		return true
	})
	return n
}

func runner() (result int) {
	defer func() {
		result *= 2
	}()
	result = 21
	return
}

func spawn(n int) chan int {
	ch := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(k int) {
			ch <- k * k
		}(i)
	}
	return ch
}

func worker(in <-chan *tree, out chan<- int) {
	for t := range in {
		out <- t.val
	}
	close(out)
}

func main() {
	var root *tree
	for _, v := range []int{5, 3, 8, 1} {
		root = insert(root, v)
	}
	xs := collect(root)
	big := countIf(root, func(x int) bool { return x > 2 })
	ch := spawn(3)
	s := 0
	for i := 0; i < 3; i++ {
		s += <-ch
	}
	in := make(chan *tree, 1)
	out := make(chan int, 1)
	go worker(in, out)
	in <- root
	close(in)
	println(len(xs), big, runner(), s, <-out)
}
