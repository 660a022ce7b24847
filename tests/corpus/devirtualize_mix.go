package main

import "fmt"

type speaker interface{ Speak() string }

type cat struct{ name string }

func (c *cat) Speak() string { return c.name }

type dog struct{ name string }

func (d dog) Speak() string { return d.name + "!" }

type keeper struct{ last *cat }

var k keeper

func (c *cat) Keep() { k.last = c }

type keeperI interface{ Keep() }

func main() {
	var s speaker = &cat{"tom"}
	fmt.Println(s.Speak())
	var t speaker = dog{"rex"}
	println(t.Speak())
	var ki keeperI = &cat{"kit"}
	ki.Keep()
	u := speaker(dog{"max"})
	println(u.Speak())
}
