package main

func main() {
	var n int = nil
	var p *int
	x := *n + p
	println(x)
}
