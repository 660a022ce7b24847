package main

import (
	"errors"
	"fmt"
)

type T struct{ a, b int }

func (t T) Sum() int         { return t.a + t.b }
func (t *T) Inc()            { t.a++ }
func (t T) Pair() (int, int) { return t.a, t.b }

type Summer interface{ Sum() int }

var g = map[string]int{"x": 1}
var counter int

func named(n int) (r int, err error) {
	defer func() {
		if r > 10 {
			err = errors.New("big")
		}
	}()
	r = n * 2
	return
}

func misc(s string, arr [4]int, m map[string][]int, ch chan int) {
	x, y := 1, 2
	x, y = y, x
	b := s[1]
	sub := arr[1:3]
	v, ok := m["k"]
	w, ok2 := <-ch
	m["k"] = append(m["k"], 1)
	m["j"] = v
	g["y"] += 3
	counter++
	var t T
	t.Inc()
	t.a = 5
	f := T.Sum
	h := (*T).Inc
	h(&t)
	var i Summer = t
	sm := i.Sum
	fl := float64(x) / 2
	bs := []byte(s)
	str := string(bs)
	p := &arr[2]
	*p = 9
	if v2, ok3 := g["z"]; ok3 && v2 > 0 || !ok {
		fmt.Println(v2)
	}
	q1, q2 := t.Pair()
	fmt.Printf("%d %v %v %v %v %v %v %v %v %v %v %v %v\n", b, sub, ok, w, ok2, f(t), sm(), fl, str, x, y, q1, q2)
	nested := func(k int) func() int {
		return func() int { return k + x }
	}
	_ = nested(1)()
	for i := range 3 {
		defer fmt.Println(i)
	}
	var e error = fmt.Errorf("e %d", 1)
	if e != nil && e.Error() != "" {
		panic(e)
	}
	fmt.Println(min(x, y, 3), max(1.5, fl), len(arr), cap(sub))
	copy(sub, []int{1})
	delete(g, "x")
	close(ch)
}

func main() {
	r, err := named(7)
	fmt.Println(r, err)
	misc("abc", [4]int{}, map[string][]int{}, make(chan int, 1))
}
