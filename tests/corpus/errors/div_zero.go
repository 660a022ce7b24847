package main

func main() {
	x := 10
	println(x / 0)
}
