package main

func main() {
	done := 0
	if !done {
		println("not done")
	}
}
