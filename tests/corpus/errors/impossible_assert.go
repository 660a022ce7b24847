package main

type a interface{ m() }

type t struct{}

func main() {
	var x a
	v := x.(t)
	println(v)
}
