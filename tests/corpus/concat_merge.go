package main

var sink any

// Go's typecheck merges nested string additions into one OADDSTR, on either side and
// through parentheses; an assignment operator (r += ...) keeps its right side separate.
func concat(s, t string) string {
	sink = s + (t + "y")
	sink = (s + "a") + t
	sink = s + ("x" + t) + s
	sink = (s + t) + (t + s)
	r := s
	r += t + "z"
	sink = (s + "b") == t
	return r + (s + t)
}

func main() {
	_ = concat("p", "q")
}
