package main

func greet(name string) {
	println("hello", name)
	return len(name)
}

func main() {
	greet("ada")
}
