package main

type p struct{ x, y int }

func main() {
	v := p{1}
	println(v.x)
}
