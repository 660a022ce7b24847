package main

// Besides escape analysis, -m reports bounds checks Go removes: an array
// (or constant string) indexed by a value that cannot be out of range, such
// as a byte into a [256] table or i&7 into an [8] array. These lines come
// after the escape lines, in the order Go compiles functions (closures
// that capture nothing are compiled after all declared functions).

var table [256]int
var small [8]int
var g = table[uint8(3+len(small))]

func hist(data []byte) {
	for _, b := range data {
		table[b]++
	}
	f := func(i uint) int { return small[i%8] }
	h := func(i uint) int { return small[i&7] + small[i>>61] }
	println(f(1), h(2))
}

func mask(i int, u uint64, s string) int {
	const k = "abcdef"
	return small[i&7] + small[u%9] + small[u/32] + table[u>>56] + small[i%8] + int(k[u&3])
}

func main() {
	hist(nil)
	println(mask(1, 2, ""), g)
}
