package main

type shape interface {
	area() float64
}

type sq struct{}

func (q *sq) area() float64 { return 1 }

func main() {
	var s shape = sq{}
	println(s)
}
