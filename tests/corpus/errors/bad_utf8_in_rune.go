package main

func main() {
	var r rune = 'aÿ'
	_ = r
}
