package main

func f(n int) {
	b := make([]byte, n)
	b[0] = 1
}

func main() { f(1) }
