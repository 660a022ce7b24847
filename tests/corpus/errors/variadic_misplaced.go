package main

func f(a ...int, b int) {}

func g() (x ...int) { return nil }

type F func(...string, int)

func h(xs ...int) {}

func main() {
	f(1, 2)
	h([]int{1}...)
	h(1, []int{1}...)
	var s []int
	h(s)
	h(1, "a")

}
