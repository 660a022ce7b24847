package main

type myErr struct{}

func f() error {
	return myErr{}
}

func main() {
	println(f())
}
