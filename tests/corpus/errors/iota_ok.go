package main

type day int

const (
	mon day = iota
	tue
	wed
)

const (
	a = 1 << iota
	b
	c
)

func main() {
	println(mon, tue, wed, a, b, c)
	var d day = 5
	var i int = d
}
