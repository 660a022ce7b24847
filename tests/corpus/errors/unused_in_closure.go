package main

func main() {
	total := 0
	add := func(n int) {
		old := total
		total += n
	}
	add(2)
	println(total)
}
