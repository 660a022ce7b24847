package main

func f() (int, error) {
	return
}

func main() { f() }
