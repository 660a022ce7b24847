package main

func main() {
	x := 1
	x += "a"
	y := "s"
	y -= "t"
}
