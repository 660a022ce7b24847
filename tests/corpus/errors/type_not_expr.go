package main

func main() {
	x := int
	println(x)
}
