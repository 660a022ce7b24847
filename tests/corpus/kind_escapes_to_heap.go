package main

var sink *int

func main() {
	sink = new(int)
}
