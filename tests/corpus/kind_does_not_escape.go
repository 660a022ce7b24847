package main

func get(p *int) int { return *p }

func main() {
	p := new(int)
	*p = 1
	println(get(p))
}
