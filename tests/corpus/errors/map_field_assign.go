package main

type p struct{ x int }

func main() {
	m := map[string]p{}
	m["a"].x = 1
}
