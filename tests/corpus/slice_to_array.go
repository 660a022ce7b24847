package main

// Converting a slice to an array pointer keeps pointing at the same
// elements (the parameter leaks to the result as is); converting it to an
// array copies the elements (what they point to leaks: level=1).

var sink *[2]*int

func get(ss []string) *[2]string {
	return (*[2]string)(ss)
}

func arr(ps []*int) [2]*int {
	return [2]*int(ps)
}

func keep(ps []*int) {
	sink = (*[2]*int)(ps)
}

func main() {
	get([]string{"a", "b"})
	x, y := 1, 2
	_ = arr([]*int{&x, &y})
	keep(nil)
}
