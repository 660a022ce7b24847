package main

type T struct{ p *int }

func set(t *T, v *int) { t.p = v }

func get(t T) *int { return t.p }

func chain(n int) *T {
	var ts []T
	for i := 0; i < n; i++ {
		v := i
		ts = append(ts, T{&v})
	}
	return &ts[0]
}

func arr() *int {
	var a [4]int
	return &a[2]
}

func arrPtr() []int {
	a := [3]int{1, 2, 3}
	return a[:]
}

func main() {
	var t T
	z := 5
	set(&t, &z)
	println(*get(t), *chain(3).p, *arr(), arrPtr()[0])
	q := new(int)
	*q = 3
	w := new(T)
	w.p = q
	println(*w.p)
}
