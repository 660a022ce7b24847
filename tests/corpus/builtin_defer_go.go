package main

type rec struct{ name string }

func builtinsDeferred(ch chan int, m map[string]*rec, p *rec) {
	defer close(ch)
	defer delete(m, "k")
	defer println(p)
	defer panic(p)
}

func appendField(r *rec, s string) {
	r.name += s
}

func mapConcat(m map[string]string, k, v string) {
	m[k] += v
}

func goBuiltin(xs []*rec, y *rec) {
	go println(len(xs))
	defer copy(xs, []*rec{y})
}

func main() {
	ch := make(chan int)
	r := &rec{}
	builtinsDeferred(ch, map[string]*rec{}, r)
	appendField(r, "x")
	m := map[string]string{}
	mapConcat(m, "a", "b")
	goBuiltin(nil, r)
}
