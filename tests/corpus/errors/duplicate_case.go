package main

func name(d int) string {
	switch d {
	case 0:
		return "sunday"
	case 1, 2, 3, 4, 5:
		return "weekday"
	case 6, 0:
		return "saturday"
	}
	return "?"
}

func main() {
	println(name(0))
}
