package main

// Temporaries and rewrites Go's front end makes while reading a function, as -m=2 prints
// them in an inlinable function's body: .autotmp_N numbered by the function's declarations
// so far (parameters, results, locals, earlier temporaries, not a closure's captures),
// a callee or interface receiver that calls (mk()(), get().M()) evaluated into a
// temporary, and conditions Go simplifies (debug || g() is g()).

const debug = false

var sink int
var sinkAny any

func two() (int, bool) { return 1, true }

func f() int { return sink }

func g() bool { return sink > 1 }

func ifChain() int {
	if x := f(); x > 0 {
		return x
	} else if y, ok := two(); ok {
		return y
	}
	a, b := two()
	if b {
		return a
	}
	return 0
}

func switchInitTemps() int {
	switch a, b := two(); a {
	case 1:
		if b {
			return 2
		}
	}
	c, d := two()
	if d {
		return c
	}
	return 0
}

func typeSwitchInit(x any) int {
	switch n := f(); v := x.(type) {
	case int:
		return v + n
	case string, bool:
		sinkAny = v
	default:
		return n
	}
	c, _ := two()
	return c
}

func forInitTemps() int {
	t := 0
	for a, b := two(); b && a < 3; a++ {
		t += a
	}
	c, _ := two()
	return t + c
}

func closureTemps() func() int {
	n, _ := two()
	return func() int {
		a, b := two()
		if b {
			return a + n
		}
		return 0
	}
}

func swapDefine() int {
	x, y := 1, 2
	y, x = x, y
	return x - y
}

func orConst() {
	if debug || g() {
		sink = 1
	}
}

func andConst() {
	if !debug && g() {
		sink = 2
	}
}

func forConstCond() {
	for true && g() {
		sink++
	}
}

func switchBool() int {
	switch debug {
	case true:
		return 1
	case false:
		a, _ := two()
		return a
	}
	return 3
}

func switchTagless() int {
	switch {
	case debug:
		return 1
	default:
		b, _ := two()
		return b
	}
}

func shadow() int {
	x := 1
	if x := f(); x > 2 {
		return x
	}
	{
		x := 3
		sink = x
	}
	a, _ := two()
	return x + a
}

func deadIfElse(n int) int {
	if n > 0 {
		return 1
	} else {
		return 2
	}
	sink = 3
	return 4
}

func varInClosure() func() bool {
	return func() bool {
		var a, b = two()
		return b && a > 0
	}
}

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s }

type holder struct{ fn func() int }

var fs []func() int
var ch = make(chan func() int, 1)

func getShape() shape { return sq{2} }

func getHolder() holder { return holder{} }

func ifaceOfCall() int { return getShape().area() }

func fieldOfCall() int { return getHolder().fn() }

func indexLen() int { return fs[len(fs)-1]() }

func recvCall() int { return (<-ch)() }

func newCall() int { return (*new(func() int))() }

func constIndex() int { return fs[len("ab")]() }

func main() {
	sink = ifChain() + switchInitTemps() + typeSwitchInit(1) + forInitTemps() + closureTemps()() + swapDefine()
	orConst()
	andConst()
	forConstCond()
	sink = switchBool() + switchTagless() + shadow() + deadIfElse(1)
	_ = varInClosure()()
	fs = append(fs, func() int { return 1 }, nil, nil)
	ch <- fs[0]
	sink = ifaceOfCall() + fieldOfCall() + indexLen() + recvCall() + constIndex()
	_ = newCall
}
