package main

type Zed struct {
	s string
	p *int
}

func (z Zed) Name() string      { return z.s }
func (z Zed) Ptr() *int         { return z.p }
func (z Zed) Set(q *int, n int) { sinkp = q }

var sinkp *int

type Iface interface {
	Put(k string, v *int) *int
	Alpha(x []int)
}

type Alpha struct{ s string }

func (a Alpha) Get() string { return a.s }

type unused struct{ s string }

func (u unused) Get() string { return u.s }

func main() {
	z := Zed{}
	println(z.Name())
	var i Iface
	_ = i
	a := Alpha{}
	println(a.Get())
}
