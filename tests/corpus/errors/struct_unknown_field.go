package main

type p struct{ x int }

func main() {
	v := p{y: 1}
	println(v.x)
}
