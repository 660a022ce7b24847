package main

func two() (int, int) { return 1, 2 }

func main() {
	x := two() + 1
	println(x)
}
