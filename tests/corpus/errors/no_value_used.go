package main

func none() {}

func main() {
	x := none()
	println(x)
}
