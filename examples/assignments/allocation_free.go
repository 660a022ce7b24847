// errorcheck -0 -m -l

// Assignment: make sumSquares allocation-free.
//
// The student gets this version, where both the buffer and the result escape:
//
//	var keep []int
//
//	func sumSquares(n int) *int {
//		buf := make([]int, n)   // make([]int, n) escapes to heap
//		total := 0              // moved to heap: total
//		for i := range buf {
//			buf[i] = i * i
//			total += buf[i]
//		}
//		keep = buf
//		return &total
//	}
//
// and must change it (and its callers) until `minigo test allocation_free.go` passes: every
// allocation below must be reported as staying on the stack. Any other -m message (e.g.
// "escapes to heap" or "moved to heap") is unexpected and fails the file. This copy is a
// solution: a fixed-size buffer, no global, the result returned by value.

package main

const maxN = 64

func sumSquares(n int) int {
	buf := make([]int, maxN) // ERROR "make\(\[\]int, 64\) does not escape"
	if n > maxN {
		n = maxN
	}
	total := 0
	for i := range buf[:n] {
		buf[i] = i * i
		total += buf[i]
	}
	return total
}

// The caller passes its scratch space down instead of receiving a pointer back.
func fill(dst *[8]int) { // ERROR "dst does not escape"
	for i := range dst {
		dst[i] = sumSquares(i)
	}
}

func main() {
	var squares [8]int
	fill(&squares)
	println(squares[7])
}
