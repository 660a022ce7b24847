package main

type T struct{ v int }

func named(p *T) (res *T, err error) {
	res = p
	return
}

func namedLocal() (res *T) {
	t := T{1}
	res = &t
	return
}

func namedClosure(p *T) (res *T) {
	func() {
		res = p
	}()
	return
}

func namedDefer(p *T) (res *T) {
	defer func() {
		if res == nil {
			res = p
		}
	}()
	return nil
}

func multi(a, b, c *T) (*T, *T, *T) {
	return c, a, b
}

func ignore(a *T, _ *T, c int) *T {
	return a
}

func discard(p *T) {
	_ = p
}

func retParamAddr(p T) *T {
	return &p
}

func main() {
	x := &T{1}
	a, _ := named(x)
	b := namedLocal()
	c := namedClosure(x)
	d := namedDefer(x)
	e, f, g := multi(a, b, c)
	h := ignore(d, nil, 1)
	discard(h)
	println(e.v, f.v, g.v, retParamAddr(T{2}).v)
}
