package main

import "fmt"

type T struct {
	a int
	p *int
	m map[string]int
}

var x = 5
var xs = []int{1, 2, 3}
var ts = []*T{{a: 1}, {a: 2}}
var tm = &T{a: 1, m: map[string]int{"a": 1}}

func f(n int) int { return n * 2 }

var anyv any = 7
var ptr = &x
var mk = make([]int, 4)
var mm = map[string]*T{"a": {a: 1}}
var s = fmt.Sprint(x)
var arr = [2]*int{&x, nil}
var str = "a" + "b"

func main() {
	fmt.Println(len(xs), len(ts), tm.a, f(2), anyv, *ptr, len(mk), len(mm), s, arr[0], str)
}
