package main

// An allocation assigned to a variable declared outside a loop, inside the
// loop, escapes: the variable outlives each iteration (loop depth), even
// when the variable itself never leaves the function.

func joinLen(parts []string) int {
	r := ""
	for _, p := range parts {
		r = r + p
	}
	return len(r)
}

func mk(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = make([]int, 3)
	}
	return len(s)
}

func main() {
	println(joinLen([]string{"a"}), mk(2))
}
