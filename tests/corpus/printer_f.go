package main

import "fmt"

type point struct{ x, y int }
type level int
type gauge struct {
	name string
	lvl  level
}
type node struct {
	next *node
	val  int
	pts  [3]point
	m    map[string]int
}
type speaker interface{ Speak() string }
type dog struct{ name string }

func (d dog) Speak() string       { return d.name }
func (g gauge) Label() string     { return g.name }
func (g *gauge) Bump(l level) int { g.lvl += l; return int(g.lvl) }

const size = 32
const high level = 2

var sink any
var psink *int

func f(a, b int, s string, bs []byte, p *point, n *node, ch chan int, m map[string]int, sp speaker, fn func(int) int, xs []int, r rune, flag bool, x any, f64 float64) {
	sink = a + b*2
	sink = (a + b) * 2
	sink = a - (b - 1)
	sink = a - b - 1
	sink = -a
	sink = -(-a)
	sink = ^a
	sink = !flag
	sink = !(a < b)
	sink = a < b && b < 3 || flag
	sink = (a < b || flag) && flag
	sink = <-ch
	sink = *p
	sink = p.x
	sink = (*p).x
	sink = n.next.next.pts[a].x
	sink = xs[a:b]
	sink = xs[:a]
	sink = xs[1:]
	sink = xs[:]
	sink = xs[1:2:3]
	sink = s[1:a]
	sink = m["k"]
	sink = m[s+"x"]
	sink = len(xs)
	sink = cap(xs)
	sink = append(xs, 1)
	sink = append(xs, xs...)
	sink = x.(int)
	sink = x.(*point)
	sink = x.(speaker)
	sink = sp.Speak()
	sink = fn(a)
	sink = fn
	sink = 'a' + r
	sink = 'a'
	sink = r
	sink = 1 << 17
	sink = size
	sink = high
	sink = level(a)
	sink = int64(5)
	sink = byte('a')
	sink = 2.5
	sink = f64 * 2
	sink = 1e6
	sink = float64(3)
	sink = uint8(200)
	sink = int32(7)
	sink = "a\tb\"c"
	sink = "héllo\x01"
	sink = true
	sink = a == b
	sink = x == nil
	sink = string(bs)
	sink = []byte(s)
	sink = []rune(s)
	sink = string(rune(97 + a))
	sink = float64(a)
	sink = int(a)
	sink = any(a)
	sink = interface{}(a)
	sink = speaker(dog{})
	sink = s + "x" + s
	sink = s + (s + "y")
	sink = (s + "a") == s
	sink = len(s + "z")
	sink = point{1, 2}
	sink = &point{}
	sink = &point{x: 1}
	sink = []int{}
	sink = []int{1}
	sink = []*point{{1, 2}}
	sink = []point{{1, 2}}
	sink = [...]int{1, 2}
	sink = map[string]int{"a": 1}
	sink = struct{ a int }{1}
	sink = struct{}{}
	sink = func() int { return a }
	sink = func() int { return 1 }()
	sink = make([]int, a)
	sink = make([]int, size, 2*size)
	sink = make(map[int]int)
	sink = make(map[int]int, 10)
	sink = make(chan int)
	sink = make(chan int, 3)
	sink = new(int)
	sink = new(point)
	sink = new([]int)
	sink = new(*point)
	sink = dog.Speak
	sink = (*gauge).Bump
	sink = fmt.Sprint(a)
	sink = min(a, b)
	sink = a % 3 & b
	sink = a&^b | 1
	sink = a >> 2
	sink = -3
	sink = a * -3
	sink = psink
	sink = (*int)(nil)
	sink = x.(fmt.Stringer)
	sink = a != b == flag
}

func g(gg gauge, pg *gauge, d dog) {
	sink = gg.Label()
	sink = pg.Label()
	sink = gg.Bump(high)
	sink = pg.Bump(level(3))
	sink = d.Speak()
	sink = gg.Label
	sink = pg.Bump
	sink = gauge.Label(gg)
	var sp speaker = d
	sink = sp.Speak()
}

func main() {}
