package main

var isink *int32

// A type switch with a nil case, in a loop over a variadic parameter (Go's
// test/fixedbugs/issue12006.go).
func kinds(args ...interface{}) int {
	n := 0
	for i := 0; i < len(args); i++ {
		switch x := args[i].(type) {
		case nil:
			n++
		case *int32:
			isink = x
		case string:
			n += len(x)
		}
	}
	return n
}

func main() {
	a := int32(1)
	println(kinds(nil, &a, "cat", a))
}
