package main

type shape interface {
	area() float64
}

type sq struct{}

func (sq) area() int { return 1 }

func main() {
	var s shape = sq{}
	println(s)
}
