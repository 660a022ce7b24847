package main

func main() {
	for i, v := range 10 {
		println(i, v)
	}
}
