package main

type expr interface {
	eval(env map[string]int) int
}

type num struct{ v int }
type variable struct{ name string }
type add struct{ l, r expr }
type mul struct{ l, r expr }

func (n num) eval(env map[string]int) int      { return n.v }
func (v variable) eval(env map[string]int) int { return env[v.name] }
func (a *add) eval(env map[string]int) int     { return a.l.eval(env) + a.r.eval(env) }
func (m *mul) eval(env map[string]int) int     { return m.l.eval(env) * m.r.eval(env) }

func parse(toks []string, pos *int) expr {
	t := toks[*pos]
	*pos++
	switch t {
	case "+":
		l := parse(toks, pos)
		r := parse(toks, pos)
		return &add{l, r}
	case "*":
		l := parse(toks, pos)
		r := parse(toks, pos)
		return &mul{l, r}
	case "x", "y":
		return variable{t}
	}
	return num{len(t)}
}

func isEven(n int, trace *[]int) bool {
	*trace = append(*trace, n)
	if n == 0 {
		return true
	}
	return isOdd(n-1, trace)
}

func isOdd(n int, trace *[]int) bool {
	if n == 0 {
		return false
	}
	return isEven(n-1, trace)
}

func depth(e expr) int {
	switch v := e.(type) {
	case *add:
		return 1 + max(depth(v.l), depth(v.r))
	case *mul:
		return 1 + max(depth(v.l), depth(v.r))
	}
	return 0
}

func main() {
	pos := 0
	e := parse([]string{"+", "x", "*", "y", "3"}, &pos)
	env := map[string]int{"x": 1, "y": 2}
	var tr []int
	println(e.eval(env), isEven(4, &tr), len(tr), depth(e))
}
