package main

var sink func() int

func main() {
	x := 1
	sink = func() int { return x }
	f := func() int { return 2 }
	_ = f()
}
