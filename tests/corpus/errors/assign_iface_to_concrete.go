package main

type stringer interface{ String() string }

type t struct{}

func (t) String() string { return "" }

func main() {
	var s stringer = t{}
	var v t = s
	println(v.String())
}
