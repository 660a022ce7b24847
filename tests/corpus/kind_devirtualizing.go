package main

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

func main() {
	var s shape = sq{2}
	_ = s.area()
}
