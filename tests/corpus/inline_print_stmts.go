package main

// Statement forms as Go's -m=2 prints an inlinable function's body ("can inline F with
// cost N as: TYPE { BODY }"): one construct per function, so that each prints alone.

const debug = false
const level = 2

var sink int
var sinkAny any
var sinkStr string

func two() (int, string) { return 1, "a" }

func pairAny() (any, any) { return 1, 2 }

func take(n int, s string) int { return n + len(s) }

func flag() bool { return sink > 0 }

func varPlain() int {
	var a, b int
	return a + b
}

func varBlank() {
	var _ int
	var _ = flag()
}

func varValues() int {
	var a, b = 1, 2
	var f float64 = 3
	return a + b + int(f)
}

func varMulti() string {
	var n, s = two()
	return s + string(rune(n))
}

func varIface() {
	var a, b any = two()
	sinkAny = a
	sinkAny = b
}

func defineTwo() int {
	n, s := two()
	return n + len(s)
}

func assignTwo() {
	var n int
	var s string
	n, s = two()
	sink, sinkStr = n, s
}

func blankFirst() string {
	_, s := two()
	return s
}

func blankSecond() int {
	n, _ := two()
	return n
}

func redeclare() int {
	n, s := two()
	n, t := two()
	return n + len(s) + len(t)
}

func argsTwo() int { return take(two()) }

func returnTwo() (int, string) { return two() }

func nestedTemps() int {
	x := take(two()) + take(two())
	return x
}

func swapped(a, b int) (int, int) {
	a, b = b, a
	return a, b
}

func commaOkMap(m map[string]int) int {
	v, ok := m["k"]
	if ok {
		return v
	}
	return 0
}

func commaOkAssign(m map[string]*int) bool {
	var p *int
	var ok bool
	p, ok = m["k"]
	return ok && p != nil
}

func commaOkBlank(m map[string]int) bool {
	_, ok := m["k"]
	return ok
}

func commaOkRecv(c chan string) string {
	s, ok := <-c
	if !ok {
		return ""
	}
	return s
}

func commaOkAssert(x any) error {
	e, ok := x.(error)
	if ok {
		return e
	}
	return nil
}

func ifSimpleInit(n int) int {
	if n = n * 2; n > 10 {
		return n
	}
	return 0
}

func ifCallInit(m map[string]int) int {
	if v, ok := m["a"]; ok {
		return v
	}
	return -1
}

func ifIncInit(n int) int {
	if n++; n > 3 {
		n = 3
	}
	return n
}

func elseIfChain(n int) int {
	if n < 0 {
		return -1
	} else if n == 0 {
		return 0
	} else {
		return 1
	}
}

func emptyElse(n int) int {
	if n > 0 {
		n--
	} else {
	}
	return n
}

func staticFalse() int {
	if debug {
		sink++
	}
	return sink
}

func staticElse() int {
	if debug {
		return 1
	} else {
		sink = 2
	}
	return sink
}

func staticAndCall() {
	if flag() && debug {
		sink = 1
	} else {
		sink = 2
	}
}

func staticOrCall() {
	if debug && flag() || sink > 3 {
		sink = 5
	}
}

func staticTrueReturn() int {
	if !debug {
		return 1
	}
	sink = 7
	return 2
}

func deadAfterReturn() int {
	return sink
	sink = 3
	return 4
}

func deadAfterPanic(n int) int {
	if n < 0 {
		panic("negative")
		sink = n
	}
	return n
}

func nestedBlock() int {
	x := 1
	{
		y := 2
		x += y
	}
	{
	}
	return x
}

func forFalse() {
	for i := 0; false; i++ {
		sink = i
	}
}

func forForms(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	for s < 100 {
		s *= 2
	}
	for {
		break
	}
	return s
}

func rangeForms(xs []int, m map[string]int, str string, c chan int, pa *[3]int) int {
	t := 0
	for i := range 3 {
		t += i
	}
	for range xs {
		t++
	}
	for k, v := range m {
		t += len(k) + v
	}
	for _, r := range str {
		t += int(r)
	}
	for v := range c {
		t += v
	}
	for i := range pa {
		t += pa[i]
	}
	return t
}

func rangeAssign(xs []int) int {
	var i, v int
	for i, v = range xs {
	}
	return i + v
}

func rangeTemps(xs []int) int {
	t := 0
	for _, x := range xs {
		n, s := two()
		t += x + n + len(s)
	}
	n, s := two()
	return t + n + len(s)
}

func switchForms(n int) string {
	switch n {
	case 1, 2:
		return "small"
	case 3:
		fallthrough
	default:
		return "other"
	}
}

func switchInit() int {
	switch n := sink; {
	case n > 0:
		return n
	}
	return 0
}

func switchConst() int {
	switch level {
	case 1:
		return 10
	case 2:
		n, s := two()
		return n + len(s)
	}
	n, s := two()
	return n + len(s)
}

func typeSwitch(x any) int {
	switch v := x.(type) {
	case int:
		return v
	case string:
		return len(v)
	}
	n, s := two()
	return n + len(s)
}

func afterSwitch(x any) string {
	switch x.(type) {
	case error:
		return "error"
	}
	_, s := two()
	return s
}

func sendRecv(c chan int, v int) int {
	c <- v
	c <- v + 1
	<-c
	close(c)
	return <-c
}

func incDec(p *int, q []int) {
	*p++
	q[0]--
	sink += *p
	sink <<= 2
	sink >>= uint(sink)
}

func emptyReturn() {
	return
}

func namedResults() (n int, s string) {
	n, s = two()
	return
}

func main() {
	sink = varPlain() + varValues() + defineTwo() + blankSecond() + redeclare() + argsTwo()
	varBlank()
	varIface()
	assignTwo()
	sinkStr = varMulti() + blankFirst()
	n, s := returnTwo()
	x, y := swapped(n, len(s))
	sink = x + y + nestedTemps()
	m := map[string]int{"k": 1}
	sink = commaOkMap(m) + ifCallInit(m) + ifSimpleInit(3) + ifIncInit(1) + elseIfChain(2) + emptyElse(3)
	_ = commaOkAssign(nil)
	_ = commaOkBlank(m)
	c := make(chan string, 1)
	c <- "x"
	sinkStr = commaOkRecv(c)
	_ = commaOkAssert(nil)
	sink = staticFalse() + staticElse() + staticTrueReturn() + deadAfterReturn() + deadAfterPanic(1) + nestedBlock()
	staticAndCall()
	staticOrCall()
	forFalse()
	sink = forForms(3) + rangeAssign([]int{1}) + rangeTemps([]int{2})
	ci := make(chan int, 3)
	close(ci)
	sink = rangeForms(nil, m, "ab", ci, &[3]int{})
	sinkStr = switchForms(2) + afterSwitch(nil)
	sink = switchInit() + switchConst() + typeSwitch(1)
	cs := make(chan int, 3)
	sink = sendRecv(cs, 1)
	p := 1
	incDec(&p, []int{1})
	emptyReturn()
	n, s = namedResults()
	sink = n + len(s)
}
