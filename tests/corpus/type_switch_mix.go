package main

import "fmt"

type kind int

func match(x any) int {
	switch x {
	case 1:
		return 1
	case "a":
		return 2
	}
	return 0
}

func name(k kind) string {
	switch k {
	case 0:
		return "zero"
	default:
		return fmt.Sprint(int(k))
	}
}

var saved []any

func keepAll(xs []any) {
	for _, x := range xs {
		switch v := x.(type) {
		case *int:
			saved = append(saved, v)
		case string:
			_ = v
		default:
			fmt.Println(v)
		}
	}
}

func unwrap(x any) *int {
	if p, ok := x.(*int); ok {
		return p
	}
	return x.(*int)
}

func count(x any) int {
	switch x.(type) {
	case int, int64:
		return 1
	}
	return 0
}

func main() {
	n := 3
	keepAll([]any{&n, "s", 2})
	fmt.Println(match(1), name(2), *unwrap(&n), count(1))
}
