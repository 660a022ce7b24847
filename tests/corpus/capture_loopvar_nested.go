package main

import "fmt"

// Go 1.22 gives each iteration its own copy of a loop variable; the copy counts as an
// assignment, which Go forgets only when a closure first captures the variable at the
// loop's own depth. A closure in an inner loop captures it by reference: it moves to the heap.

var keep func() int

// Captured in an inner `for { ...; break }` loop: x moves to the heap.
func rangeInner(xs []int) {
	for _, x := range xs {
		for {
			keep = func() int {
				return x
			}
			break
		}
	}
}

// The key of a range loop, captured in an inner 3-clause loop: by reference.
func rangeKeyInner(xs []int) {
	for i, x := range xs {
		_ = x
		for j := 0; j < 2; j++ {
			keep = func() int {
				return i + j
			}
		}
	}
}

// A 3-clause loop variable captured in an inner loop: by reference.
func threeClauseInner(n int) {
	for i := 0; i < n; i++ {
		for j := 0; j < 2; j++ {
			keep = func() int {
				return i
			}
		}
	}
}

// Captured at the loop's own depth: by value, nothing moves.
func sameDepth(xs []int) {
	for _, x := range xs {
		keep = func() int {
			return x
		}
		for {
			keep = func() int {
				return x + 1
			}
			break
		}
	}
	for i := 0; i < len(xs); i++ {
		keep = func() int {
			return i
		}
	}
}

// Goroutines started in an inner loop of a range loop.
func goroutines(xs []int) {
	done := make(chan bool, 2*len(xs))
	for _, x := range xs {
		for k := 0; k < 2; k++ {
			go func() {
				fmt.Println(x)
				done <- true
			}()
		}
	}
	for range 2 * len(xs) {
		<-done
	}
}

func main() {
	xs := []int{1, 2, 3}
	rangeInner(xs)
	rangeKeyInner(xs)
	threeClauseInner(3)
	sameDepth(xs)
	goroutines(xs)
	fmt.Println(keep())
}
