package main

import "fmt"

type point struct{ x, y int }
type gauge struct{ name string }
type speaker interface{ Speak() string }
type dog struct{ name string }

func (d dog) Speak() string     { return d.name }
func (g *gauge) Bump(n int) int { return n }

var sink any
var psink *point
var fsink func(int) int
var ssink []int

func f(x any, p *point, fn func(int) int, xs []int, pp **point, ch chan *point, m map[string]*point, d dog) {
	sink = x.(*point)
	sink = x.(fmt.Stringer)
	sink = x.(speaker)
	psink = (*point)(nil)
	fsink = fn
	fsink = func(int) int { return 1 }
	sink = dog.Speak
	sink = (*gauge).Bump
	psink = *pp
	psink = <-ch
	psink = m["a"]
	fmt.Println()
	var q = p
	psink = q
	r := &point{}
	r.x = 1
	ssink = xs[1 : len(xs)-1]
	a, b := p, xs
	psink, ssink = a, b
	_ = x
	var pt point
	psink = &pt
	arr := [3]point{}
	psink = &arr[1]
	sink = &(&pt).x
	i := 3
	i++
	i += 2
	ssink = append(ssink, i)
	k := 'b'
	sink = k
	var u8 uint8 = 'c'
	sink = u8
	sink = float32(1.5)
	sink = 0.1
	sink = 1.0 / 3
	sink = 1e21
	sink = 100000000.0
	sink = 123456789.0
	sink = -0.5
	sink = 'x' - 'a'
	sink = '\n'
	sink = rune(0x1F600)
	sink = "tab\there" + "é"
	sink = `raw\n`
	sink = len("abc")
	sink = d
}

func main() {}
