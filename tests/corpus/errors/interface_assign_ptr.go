package main

type stringer interface{ String() string }

type n int

func main() {
	var s stringer = n(1)
	println(s)
}
