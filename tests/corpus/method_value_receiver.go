package main

// A method value s.M holds its receiver: if the method value escapes, so
// does what the receiver points to, even though M itself keeps nothing.
// []rune("") is an empty slice literal.

type counter struct{ n int }

func (c *counter) next(step int) int { return c.n + step }

var hook func(int) int

func main() {
	a := &counter{}
	hook = a.next
	b := &counter{}
	f := b.next
	empty := []rune("")
	println(f(1), len(empty))
}
