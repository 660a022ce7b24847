package main

type counter struct {
	n int
}

func (c *counter) add(d int) {
	c.n += d
}

func main() {
	c := &counter{}
	c.add("one")
	step := 1.5
	c.add(step)
	println(c.n)
}
