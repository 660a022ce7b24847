package main

type shape interface {
	Area() float64
}

type sq struct{}

func (sq) area() float64 { return 1 }

func main() {
	var s shape = sq{}
	println(s)
}
