package main

func main() {
	count := 0
	label := "total"
	count = label
	println(count)
}
