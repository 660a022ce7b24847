package main

type myErr struct{}

func (e *myErr) Error() string { return "" }

func f() error {
	return myErr{}
}

func main() {
	println(f())
}
