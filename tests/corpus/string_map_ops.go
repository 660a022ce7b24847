package main

func lookup(m map[string]int, b []byte) int {
	return m[string(b)]
}

func eq(b []byte) bool {
	return string(b) == "x"
}

func build(rs []rune) string {
	s := ""
	for _, r := range rs {
		s += string(r)
	}
	return s
}

func readOnly(b []byte) int { return len(b) }

func mutate(b []byte) { b[0] = 'x' }

func pass(s string) int {
	n := readOnly([]byte(s))
	b := []byte(s)
	mutate(b)
	return n + len(b)
}

func cat(a, b, c string) string {
	return a + b + c
}

func catLocal(a, b string) int {
	s := a + "-" + b
	return len(s)
}

func byteConv(s string) byte {
	bs := []byte(s)
	return bs[0]
}

func main() {
	m := map[string]int{"k": 1}
	println(lookup(m, []byte("k")), eq([]byte("x")), build([]rune("ab")), pass("s"), cat("a", "b", "c"), catLocal("x", "y"), byteConv("z"))
}
