package main

type shape interface {
	area() float64
}

type sq struct{}

func main() {
	var s shape = sq{}
	println(s)
}
