package main

var fns []func() int

func bigCapture() {
	var arr [40]int
	arr[0] = 1
	fns = append(fns, func() int { return arr[0] })
}

func smallCapture() {
	var arr [4]int
	arr[0] = 1
	fns = append(fns, func() int { return arr[0] })
}

func laterAssign() {
	x := 1
	f := func() int { return x }
	x = 2
	fns = append(fns, f)
}

func neverAssigned(p *int) {
	q := p
	fns = append(fns, func() int { return *q })
}

func addrTaken() {
	y := 3
	py := &y
	*py = 4
	fns = append(fns, func() int { return y })
}

func nested() {
	a := 1
	b := 2
	fns = append(fns, func() int {
		c := 3
		g := func() int { return a + b + c }
		b++
		return g()
	})
}

func loopOuter() {
	total := 0
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { total += i; return total })
	}
}

func rangeCapture(xs []string) {
	for i, s := range xs {
		fns = append(fns, func() int { return i + len(s) })
	}
}

func localOnly() int {
	var arr [40]int
	f := func() int { return arr[1] }
	return f()
}

func main() {
	bigCapture()
	smallCapture()
	laterAssign()
	v := 9
	neverAssigned(&v)
	addrTaken()
	nested()
	loopOuter()
	rangeCapture([]string{"a"})
	println(len(fns), localOnly())
}
