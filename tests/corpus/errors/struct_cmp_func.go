package main

type s struct{ f func() }

func main() {
	a, b := s{}, s{}
	println(a == b)
}
