using MiniGo.Cli;

namespace MiniGo.Tests;

/// <summary>
/// Extra programs for escape analysis beyond the corpus (written for MiniGo, outputs from
/// Go 1.22's <c>go build -gcflags='-m -l'</c>): each compiled alone as f.go must print exactly
/// what Go printed.
/// </summary>
public class EscapeTests
{
    public static readonly Dictionary<string, (string Source, string Want)> Programs = new()
    {
        ["e1"] = (
            """"
            package main

            import "fmt"

            type node struct {
            	val  int
            	next *node
            }

            type list struct {
            	head *node
            	size int
            }

            func (l *list) push(v int) {
            	l.head = &node{val: v, next: l.head}
            	l.size++
            }

            func (l *list) first() *node { return l.head }

            func (l list) count() int { return l.size }

            func sum(l *list) (total int) {
            	for n := l.head; n != nil; n = n.next {
            		total += n.val
            	}
            	return
            }

            func find(l *list, v int) (res *node, ok bool) {
            	for n := l.head; n != nil; n = n.next {
            		if n.val == v {
            			return n, true
            		}
            	}
            	return nil, false
            }

            func grow(xs []int, n int) []int {
            	for i := 0; i < n; i++ {
            		xs = append(xs, i)
            	}
            	return xs
            }

            func fill(buf []byte) {
            	for i := range buf {
            		buf[i] = 'x'
            	}
            }

            func main() {
            	l := &list{}
            	l.push(1)
            	l.push(2)
            	fmt.Println(sum(l), l.count())
            	if n, ok := find(l, 2); ok {
            		fmt.Println(n.val)
            	}
            	xs := grow(nil, 5)
            	var buf [16]byte
            	fill(buf[:])
            	big := make([]byte, 100)
            	fill(big)
            	fmt.Printf("%v %s %d\n", xs, string(buf[:]), len(big))
            	defer fmt.Println("done")
            	for i := 0; i < 3; i++ {
            		defer func() { fmt.Println(i) }()
            	}
            }
            """",
            """"
            # command-line-arguments
            ./f.go:15:7: leaking param content: l
            ./f.go:16:11: &node{...} escapes to heap
            ./f.go:20:7: leaking param: l to result ~r0 level=1
            ./f.go:22:7: l does not escape
            ./f.go:24:10: l does not escape
            ./f.go:31:11: leaking param: l to result res level=1
            ./f.go:40:11: leaking param: xs to result ~r0 level=0
            ./f.go:47:11: buf does not escape
            ./f.go:54:7: &list{} does not escape
            ./f.go:57:13: ... argument does not escape
            ./f.go:57:17: sum(l) escapes to heap
            ./f.go:57:29: list.count(l) escapes to heap
            ./f.go:59:14: ... argument does not escape
            ./f.go:59:16: n.val escapes to heap
            ./f.go:64:13: make([]byte, 100) does not escape
            ./f.go:66:12: ... argument does not escape
            ./f.go:66:27: xs escapes to heap
            ./f.go:66:37: string(buf[:]) escapes to heap
            ./f.go:66:41: string(buf[:]) escapes to heap
            ./f.go:66:50: len(big) escapes to heap
            ./f.go:67:20: "done" escapes to heap
            ./f.go:67:19: ... argument does not escape
            ./f.go:69:9: func literal escapes to heap
            ./f.go:69:29: ... argument does not escape
            ./f.go:69:30: i escapes to heap
            """"),
        ["e2"] = (
            """"
            package main

            import (
            	"errors"
            	"fmt"
            )

            type shape interface {
            	area() float64
            	name() string
            }

            type sq struct{ s float64 }
            type circ struct{ r float64 }

            func (q sq) area() float64    { return q.s * q.s }
            func (q sq) name() string      { return "sq" }
            func (c *circ) area() float64 { return 3 * c.r * c.r }
            func (c *circ) name() string   { return "circ" }

            var registry = map[string]shape{}

            func register(s shape) {
            	registry[s.name()] = s
            }

            func biggest(ss []shape) shape {
            	var best shape
            	for _, s := range ss {
            		if best == nil || s.area() > best.area() {
            			best = s
            		}
            	}
            	return best
            }

            func check(x int) error {
            	if x < 0 {
            		return errors.New("negative")
            	}
            	if x > 100 {
            		return fmt.Errorf("too big: %d", x)
            	}
            	return nil
            }

            type wrapErr struct {
            	msg string
            	err error
            }

            func (w *wrapErr) Error() string { return w.msg + ": " + w.err.Error() }

            func wrap(msg string, err error) error {
            	return &wrapErr{msg, err}
            }

            func main() {
            	register(sq{2})
            	register(&circ{1})
            	shapes := []shape{sq{1}, &circ{2}, sq{3}}
            	b := biggest(shapes)
            	fmt.Println(b.name())
            	if err := check(-1); err != nil {
            		fmt.Println(wrap("main", err))
            	}
            	var s shape = sq{5}
            	fmt.Println(s.area())
            	total := 0.0
            	for _, x := range shapes {
            		total += x.area()
            	}
            	println(total)
            }
            """",
            """"
            # command-line-arguments
            ./f.go:68:20: devirtualizing s.area to sq
            ./f.go:21:32: map[string]shape{} escapes to heap
            ./f.go:18:7: c does not escape
            ./f.go:19:7: c does not escape
            ./f.go:23:15: leaking param: s
            ./f.go:27:14: leaking param content: ss
            ./f.go:42:20: ... argument does not escape
            ./f.go:42:36: x escapes to heap
            ./f.go:52:7: leaking param content: w
            ./f.go:52:56: w.msg + ": " + w.err.Error() escapes to heap
            ./f.go:54:11: leaking param: msg
            ./f.go:54:23: leaking param: err
            ./f.go:55:9: &wrapErr{...} escapes to heap
            ./f.go:59:13: sq{...} escapes to heap
            ./f.go:60:11: &circ{...} escapes to heap
            ./f.go:61:19: []shape{...} does not escape
            ./f.go:61:22: sq{...} escapes to heap
            ./f.go:61:27: &circ{...} escapes to heap
            ./f.go:61:39: sq{...} escapes to heap
            ./f.go:63:13: ... argument does not escape
            ./f.go:63:20: b.name() escapes to heap
            ./f.go:65:14: ... argument does not escape
            ./f.go:67:18: sq{...} does not escape
            ./f.go:68:13: ... argument does not escape
            ./f.go:68:20: sq.area(s.(sq)) escapes to heap
            """"),
        ["e3"] = (
            """"
            package main

            type matrix [4][4]int

            type big struct {
            	data [1 << 20]int
            }

            func identity() matrix {
            	var m matrix
            	for i := 0; i < 4; i++ {
            		m[i][i] = 1
            	}
            	return m
            }

            func newBig() *big {
            	return new(big)
            }

            func localBig() int {
            	var b big
            	b.data[0] = 1
            	return b.data[0]
            }

            func huge() int {
            	var h [2 << 20]int
            	h[5] = 3
            	return h[5]
            }

            func makes(n int) int {
            	a := make([]int, 10)
            	b := make([]int, n)
            	c := make([]int, 0, 10)
            	d := make(map[int]int)
            	e := make(map[int]int, n)
            	f := make(chan int, 3)
            	g := make([]int, 10000)
            	h := make([]byte, 70000)
            	return len(a) + len(b) + len(c) + len(d) + len(e) + cap(f) + len(g) + len(h)
            }

            func ptrs() *int {
            	xs := []*int{}
            	for i := 0; i < 3; i++ {
            		v := i
            		xs = append(xs, &v)
            	}
            	return xs[0]
            }

            func main() {
            	m := identity()
            	println(m[1][1], newBig().data[0], localBig(), huge(), makes(5), *ptrs())
            }
            """",
            """"
            # command-line-arguments
            ./f.go:18:12: new(big) escapes to heap
            ./f.go:28:6: moved to heap: h
            ./f.go:34:11: make([]int, 10) does not escape
            ./f.go:35:11: make([]int, n) escapes to heap
            ./f.go:36:11: make([]int, 0, 10) does not escape
            ./f.go:37:11: make(map[int]int) does not escape
            ./f.go:38:11: make(map[int]int, n) does not escape
            ./f.go:40:11: make([]int, 10000) escapes to heap
            ./f.go:41:11: make([]byte, 70000) escapes to heap
            ./f.go:48:3: moved to heap: v
            ./f.go:46:14: []*int{} does not escape
            """"),
        ["e4"] = (
            """"
            package main

            import "fmt"

            type counter struct {
            	n    int
            	name string
            }

            func (c *counter) inc() { c.n++ }

            func (c *counter) get() int { return c.n }

            func apply(fs []func()) {
            	for _, f := range fs {
            		f()
            	}
            }

            func makeCounters(n int) []*counter {
            	out := make([]*counter, 0, n)
            	for i := 0; i < n; i++ {
            		out = append(out, &counter{name: fmt.Sprint(i)})
            	}
            	return out
            }

            func forEach(cs []*counter, f func(*counter)) {
            	for _, c := range cs {
            		f(c)
            	}
            }

            func memo() func(int) int {
            	cache := map[int]int{}
            	var fib func(int) int
            	fib = func(n int) int {
            		if n < 2 {
            			return n
            		}
            		if v, ok := cache[n]; ok {
            			return v
            		}
            		r := fib(n-1) + fib(n-2)
            		cache[n] = r
            		return r
            	}
            	return fib
            }

            func main() {
            	cs := makeCounters(3)
            	forEach(cs, func(c *counter) { c.inc() })
            	total := 0
            	forEach(cs, func(c *counter) { total += c.get() })
            	c := counter{}
            	fs := []func(){c.inc, cs[0].inc}
            	apply(fs)
            	f := memo()
            	fmt.Println(total, c.n, f(10))
            	ch := make(chan *counter, 1)
            	ch <- &counter{}
            	got := <-ch
            	fmt.Println(got.n)
            	var arr [3]*counter
            	arr[0] = &counter{n: 1}
            	fmt.Println(arr[0].n)
            }
            """",
            """"
            # command-line-arguments
            ./f.go:10:7: c does not escape
            ./f.go:12:7: c does not escape
            ./f.go:14:12: fs does not escape
            ./f.go:21:13: make([]*counter, 0, n) escapes to heap
            ./f.go:23:21: &counter{...} escapes to heap
            ./f.go:23:46: ... argument does not escape
            ./f.go:23:47: i escapes to heap
            ./f.go:28:14: leaking param content: cs
            ./f.go:28:29: f does not escape
            ./f.go:36:6: moved to heap: fib
            ./f.go:35:22: map[int]int{} escapes to heap
            ./f.go:37:8: func literal escapes to heap
            ./f.go:53:19: c does not escape
            ./f.go:55:19: c does not escape
            ./f.go:53:14: func literal does not escape
            ./f.go:55:14: func literal does not escape
            ./f.go:57:16: []func(){...} does not escape
            ./f.go:57:18: c.inc does not escape
            ./f.go:57:29: cs[0].inc does not escape
            ./f.go:60:13: ... argument does not escape
            ./f.go:60:14: total escapes to heap
            ./f.go:60:22: c.n escapes to heap
            ./f.go:60:27: f(10) escapes to heap
            ./f.go:62:8: &counter{} escapes to heap
            ./f.go:64:13: ... argument does not escape
            ./f.go:64:17: got.n escapes to heap
            ./f.go:66:11: &counter{...} does not escape
            ./f.go:67:13: ... argument does not escape
            ./f.go:67:20: arr[0].n escapes to heap
            """"),
        ["e5"] = (
            """"
            package main

            import "fmt"

            type pair struct {
            	k string
            	v *int
            }

            func keys(m map[string]*int) []string {
            	ks := make([]string, 0, len(m))
            	for k := range m {
            		ks = append(ks, k)
            	}
            	return ks
            }

            func values(ps []pair) []*int {
            	var out []*int
            	for _, p := range ps {
            		out = append(out, p.v)
            	}
            	return out
            }

            func second(a, b *int) (*int, *int) { return b, a }

            func deep(p ***int) **int { return *p }

            func firstOf(ps *[3]pair) *int { return ps[0].v }

            func itoa(xs []int) string {
            	s := ""
            	for _, x := range xs {
            		s += fmt.Sprint(x) + ","
            	}
            	return s
            }

            func conv(b []byte, r []rune) (string, string) {
            	return string(b), string(r)
            }

            func runes(s string) int {
            	n := 0
            	for range []rune(s) {
            		n++
            	}
            	return n
            }

            func main() {
            	x, y := 1, 2
            	m := map[string]*int{"x": &x}
            	ps := []pair{{"y", &y}}
            	a, b := second(&x, &y)
            	px := &x
            	ppx := &px
            	println(len(keys(m)), len(values(ps)), *a+*b, **deep(&ppx), itoa([]int{1, 2}), runes("héllo"))
            	var arr [3]pair
            	arr[0].v = &y
            	println(*firstOf(&arr))
            	s1, s2 := conv([]byte("ab"), []rune("cd"))
            	println(s1, s2)
            }
            """",
            """"
            # command-line-arguments
            ./f.go:10:11: m does not escape
            ./f.go:11:12: make([]string, 0, len(m)) escapes to heap
            ./f.go:18:13: leaking param content: ps
            ./f.go:26:13: leaking param: a to result ~r1 level=0
            ./f.go:26:16: leaking param: b to result ~r0 level=0
            ./f.go:28:11: leaking param: p to result ~r0 level=1
            ./f.go:30:14: leaking param: ps to result ~r0 level=1
            ./f.go:32:11: xs does not escape
            ./f.go:35:22: fmt.Sprint(... argument...) + "," escapes to heap
            ./f.go:35:18: ... argument does not escape
            ./f.go:35:19: x escapes to heap
            ./f.go:40:11: b does not escape
            ./f.go:40:21: r does not escape
            ./f.go:41:16: string(b) escapes to heap
            ./f.go:41:27: string(r) escapes to heap
            ./f.go:44:12: s does not escape
            ./f.go:46:19: ([]rune)(s) does not escape
            ./f.go:53:2: moved to heap: x
            ./f.go:53:5: moved to heap: y
            ./f.go:54:22: map[string]*int{...} does not escape
            ./f.go:55:14: []pair{...} does not escape
            ./f.go:59:72: []int{...} does not escape
            ./f.go:63:24: ([]byte)("ab") does not escape
            ./f.go:63:24: zero-copy string->[]byte conversion
            ./f.go:63:38: []rune{...} does not escape
            """"),
        ["f1"] = (
            """"
            package main

            import "fmt"

            type item struct {
            	name  string
            	price int
            	tags  []string
            }

            type store struct {
            	items map[string]*item
            	log   []string
            }

            func newStore() *store {
            	return &store{items: make(map[string]*item)}
            }

            func (s *store) add(name string, price int, tags []string) *item {
            	it := &item{name: name, price: price, tags: tags}
            	s.items[name] = it
            	s.log = append(s.log, "add "+name)
            	return it
            }

            func (s *store) get(name string) (*item, bool) {
            	it, ok := s.items[name]
            	return it, ok
            }

            func (s *store) total() (sum int) {
            	for _, it := range s.items {
            		sum += it.price
            	}
            	return sum
            }

            func cheapest(items []*item) *item {
            	var best *item
            	for _, it := range items {
            		if best == nil || it.price < best.price {
            			best = it
            		}
            	}
            	return best
            }

            func describe(it *item) string {
            	return fmt.Sprintf("%s=%d", it.name, it.price)
            }

            func byTag(s *store, tag string) []*item {
            	var out []*item
            	for _, it := range s.items {
            		for _, t := range it.tags {
            			if t == tag {
            				out = append(out, it)
            			}
            		}
            	}
            	return out
            }

            func main() {
            	s := newStore()
            	s.add("apple", 3, []string{"fruit", "red"})
            	s.add("pear", 4, nil)
            	s.add("kale", 2, nil)
            	if it, ok := s.get("pear"); ok {
            		fmt.Println(describe(it))
            	}
            	fr := byTag(s, "fruit")
            	c := cheapest(fr)
            	fmt.Println(c.name, s.total(), len(s.log))
            	tmp := item{name: "tmp"}
            	fmt.Println(describe(&tmp))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:17:9: &store{...} escapes to heap
            ./f.go:17:27: make(map[string]*item) escapes to heap
            ./f.go:20:7: leaking param content: s
            ./f.go:20:21: leaking param: name
            ./f.go:20:45: leaking param: tags
            ./f.go:21:8: &item{...} escapes to heap
            ./f.go:23:30: "add " + name escapes to heap
            ./f.go:27:7: s does not escape
            ./f.go:27:21: name does not escape
            ./f.go:32:7: s does not escape
            ./f.go:39:15: leaking param: items to result ~r0 level=1
            ./f.go:49:15: leaking param content: it
            ./f.go:50:20: ... argument does not escape
            ./f.go:50:32: it.name escapes to heap
            ./f.go:50:41: it.price escapes to heap
            ./f.go:53:12: leaking param content: s
            ./f.go:53:22: tag does not escape
            ./f.go:67:28: []string{...} escapes to heap
            ./f.go:71:14: ... argument does not escape
            ./f.go:71:23: describe(it) escapes to heap
            ./f.go:75:13: ... argument does not escape
            ./f.go:75:15: c.name escapes to heap
            ./f.go:75:29: (*store).total(s) escapes to heap
            ./f.go:75:36: len(s.log) escapes to heap
            ./f.go:77:13: ... argument does not escape
            ./f.go:77:22: describe(&tmp) escapes to heap
            """"),
        ["f2"] = (
            """"
            package main

            type visitor func(n int) bool

            type tree struct {
            	left, right *tree
            	val         int
            }

            func (t *tree) walk(v visitor) bool {
            	if t == nil {
            		return true
            	}
            	return t.left.walk(v) && v(t.val) && t.right.walk(v)
            }

            func insert(t *tree, v int) *tree {
            	if t == nil {
            		return &tree{val: v}
            	}
            	if v < t.val {
            		t.left = insert(t.left, v)
            	} else {
            		t.right = insert(t.right, v)
            	}
            	return t
            }

            func collect(t *tree) []int {
            	var out []int
            	t.walk(func(n int) bool {
            		out = append(out, n)
            		return true
            	})
            	return out
            }

            func countIf(t *tree, pred func(int) bool) int {
            	n := 0
            	t.walk(func(x int) bool {
            		if pred(x) {
            			n++
            		}
            		return true
            	})
            	return n
            }

            func runner() (result int) {
            	defer func() {
            		result *= 2
            	}()
            	result = 21
            	return
            }

            func spawn(n int) chan int {
            	ch := make(chan int, n)
            	for i := 0; i < n; i++ {
            		go func(k int) {
            			ch <- k * k
            		}(i)
            	}
            	return ch
            }

            func worker(in <-chan *tree, out chan<- int) {
            	for t := range in {
            		out <- t.val
            	}
            	close(out)
            }

            func main() {
            	var root *tree
            	for _, v := range []int{5, 3, 8, 1} {
            		root = insert(root, v)
            	}
            	xs := collect(root)
            	big := countIf(root, func(x int) bool { return x > 2 })
            	ch := spawn(3)
            	s := 0
            	for i := 0; i < 3; i++ {
            		s += <-ch
            	}
            	in := make(chan *tree, 1)
            	out := make(chan int, 1)
            	go worker(in, out)
            	in <- root
            	close(in)
            	println(len(xs), big, runner(), s, <-out)
            }
            """",
            """"
            # command-line-arguments
            ./f.go:10:7: t does not escape
            ./f.go:10:21: v does not escape
            ./f.go:17:13: leaking param: t
            ./f.go:19:10: &tree{...} escapes to heap
            ./f.go:29:14: t does not escape
            ./f.go:31:9: func literal does not escape
            ./f.go:38:14: t does not escape
            ./f.go:38:23: pred does not escape
            ./f.go:40:9: func literal does not escape
            ./f.go:50:8: func literal does not escape
            ./f.go:60:6: func literal escapes to heap
            ./f.go:67:13: in does not escape
            ./f.go:67:30: out does not escape
            ./f.go:76:25: []int{...} does not escape
            ./f.go:80:23: func literal does not escape
            """"),
        ["f3"] = (
            """"
            package main

            import "fmt"

            type animal interface {
            	sound() string
            }

            type dog struct{ name string }
            type cow struct{ weight int }

            func (d dog) sound() string  { return d.name + " woof" }
            func (c *cow) sound() string { return "moo" }

            type zoo struct {
            	animals []animal
            }

            func (z *zoo) add(a animal) { z.animals = append(z.animals, a) }

            func classify(x any) string {
            	switch v := x.(type) {
            	case int:
            		return "int"
            	case string:
            		return "string " + v
            	case *cow:
            		return "cow"
            	case fmt.Stringer:
            		return v.String()
            	}
            	return "?"
            }

            func keep(x any) any {
            	if s, ok := x.(string); ok {
            		return s
            	}
            	return x
            }

            var last animal

            func remember(a animal) {
            	last = a
            }

            func main() {
            	z := &zoo{}
            	z.add(dog{"rex"})
            	z.add(&cow{100})
            	for _, a := range z.animals {
            		fmt.Println(a.sound())
            	}
            	fmt.Println(classify(1), classify("x"), classify(&cow{}))
            	v := keep(42)
            	d := dog{"fido"}
            	remember(d)
            	var a animal = &cow{5}
            	fmt.Println(v, a.sound())
            	arr := [3]int{1, 2, 3}
            	sl := arr[1:]
            	fmt.Println(len(sl), sl[0])
            }
            """",
            """"
            # command-line-arguments
            ./f.go:60:24: devirtualizing a.sound to *cow
            ./f.go:12:7: d does not escape
            ./f.go:12:46: d.name + " woof" escapes to heap
            ./f.go:13:7: c does not escape
            ./f.go:19:7: leaking param content: z
            ./f.go:19:19: leaking param: a
            ./f.go:21:15: leaking param: x
            ./f.go:26:20: "string " + v escapes to heap
            ./f.go:35:11: leaking param content: x
            ./f.go:35:11: leaking param: x to result ~r0 level=0
            ./f.go:37:10: s escapes to heap
            ./f.go:44:15: leaking param: a
            ./f.go:49:7: &zoo{} does not escape
            ./f.go:50:11: dog{...} escapes to heap
            ./f.go:51:8: &cow{...} escapes to heap
            ./f.go:53:14: ... argument does not escape
            ./f.go:53:22: a.sound() escapes to heap
            ./f.go:55:13: ... argument does not escape
            ./f.go:55:22: classify(1) escapes to heap
            ./f.go:55:23: 1 escapes to heap
            ./f.go:55:35: classify("x") escapes to heap
            ./f.go:55:36: "x" escapes to heap
            ./f.go:55:50: classify(&cow{}) escapes to heap
            ./f.go:55:51: &cow{} escapes to heap
            ./f.go:56:12: 42 escapes to heap
            ./f.go:58:11: d escapes to heap
            ./f.go:59:17: &cow{...} does not escape
            ./f.go:60:13: ... argument does not escape
            ./f.go:60:24: (*cow).sound(a.(*cow)) escapes to heap
            ./f.go:63:13: ... argument does not escape
            ./f.go:63:17: len(sl) escapes to heap
            ./f.go:63:25: sl[0] escapes to heap
            """"),
        ["g1"] = (
            """"
            package main

            import "fmt"

            type config struct {
            	name    string
            	retries int
            	opts    map[string]string
            }

            var defaults = &config{name: "default", retries: 3}
            var all []*config
            var byName = map[string]*config{}

            func clone(c *config) *config {
            	cp := *c
            	return &cp
            }

            func setName(c *config, n string) {
            	c.name = n
            }

            func register(c *config) {
            	all = append(all, c)
            	byName[c.name] = c
            }

            func withOpt(c config, k, v string) config {
            	if c.opts == nil {
            		c.opts = map[string]string{}
            	}
            	c.opts[k] = v
            	return c
            }

            func lookup(name string) *config {
            	if c, ok := byName[name]; ok {
            		return c
            	}
            	return defaults
            }

            func safeDiv(a, b int) (q int, err error) {
            	defer func() {
            		if r := recover(); r != nil {
            			err = fmt.Errorf("recovered: %v", r)
            		}
            	}()
            	q = a / b
            	return
            }

            func mustPositive(n int) int {
            	if n < 0 {
            		panic(fmt.Sprintf("negative: %d", n))
            	}
            	return n
            }

            func main() {
            	c := clone(defaults)
            	setName(c, "copy")
            	register(c)
            	local := config{name: "local"}
            	setName(&local, "l2")
            	w := withOpt(local, "a", "b")
            	fmt.Println(lookup("copy").name, w.opts["a"], local.name)
            	q, err := safeDiv(1, 0)
            	fmt.Println(q, err, mustPositive(3))
            	var p ***config
            	pc := &c
            	p = &pc
            	fmt.Println((**p).name)
            }
            """",
            """"
            # command-line-arguments
            ./f.go:13:32: map[string]*config{} escapes to heap
            ./f.go:15:12: leaking param content: c
            ./f.go:16:2: moved to heap: cp
            ./f.go:20:14: c does not escape
            ./f.go:20:25: leaking param: n
            ./f.go:24:15: leaking param: c
            ./f.go:29:14: leaking param: c to result ~r0 level=0
            ./f.go:29:24: leaking param: k
            ./f.go:29:27: leaking param: v
            ./f.go:31:29: map[string]string{} escapes to heap
            ./f.go:37:13: name does not escape
            ./f.go:45:8: func literal does not escape
            ./f.go:47:20: ... argument does not escape
            ./f.go:56:20: fmt.Sprintf("negative: %d", ... argument...) escapes to heap
            ./f.go:56:20: ... argument does not escape
            ./f.go:56:37: n escapes to heap
            ./f.go:68:13: ... argument does not escape
            ./f.go:68:28: lookup("copy").name escapes to heap
            ./f.go:68:41: w.opts["a"] escapes to heap
            ./f.go:68:53: local.name escapes to heap
            ./f.go:70:13: ... argument does not escape
            ./f.go:70:14: q escapes to heap
            ./f.go:70:34: mustPositive(3) escapes to heap
            ./f.go:74:13: ... argument does not escape
            ./f.go:74:19: (*(*p)).name escapes to heap
            """"),
        ["g3"] = (
            """"
            package main

            type buf struct {
            	data []byte
            	pos  int
            }

            func (b *buf) write(p []byte) int {
            	b.data = append(b.data, p...)
            	return len(p)
            }

            func (b *buf) writeString(s string) {
            	b.data = append(b.data, s...)
            }

            func (b *buf) bytes() []byte { return b.data }

            func (b buf) String() string { return string(b.data) }


            func joinWith(sep string, xs []string) string {
            	out := ""
            	for i, x := range xs {
            		if i > 0 {
            			out = out + sep
            		}
            		out = out + x
            	}
            	return out
            }

            func reverse(s string) string {
            	r := []rune(s)
            	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
            		r[i], r[j] = r[j], r[i]
            	}
            	return string(r)
            }

            func header(name string) []byte {
            	h := make([]byte, 0, 64)
            	h = append(h, "name: "...)
            	h = append(h, name...)
            	return h
            }

            func main() {
            	var b buf
            	b.write([]byte("hi"))
            	b.writeString(" there")
            	out := b.bytes()
            	println(len(out), b.String(), joinWith(",", []string{"a", "b"}), reverse("abc"), len(header("x")))
            	arr := [4]int{1, 2, 3, 4}
            	s := arr[:2]
            	s = append(s, 9)
            	println(arr[2], len(s))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:8:7: leaking param content: b
            ./f.go:8:21: p does not escape
            ./f.go:13:7: leaking param content: b
            ./f.go:13:27: s does not escape
            ./f.go:17:7: leaking param: b to result ~r0 level=1
            ./f.go:19:7: b does not escape
            ./f.go:19:47: string(b.data) escapes to heap
            ./f.go:22:15: sep does not escape
            ./f.go:22:27: xs does not escape
            ./f.go:26:14: out + sep escapes to heap
            ./f.go:28:13: out + x escapes to heap
            ./f.go:36:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
            ./f.go:36:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
            ./f.go:33:14: s does not escape
            ./f.go:34:14: ([]rune)(s) does not escape
            ./f.go:38:16: string(r) escapes to heap
            ./f.go:41:13: name does not escape
            ./f.go:42:11: make([]byte, 0, 64) escapes to heap
            ./f.go:50:17: ([]byte)("hi") does not escape
            ./f.go:50:17: zero-copy string->[]byte conversion
            ./f.go:53:54: []string{...} does not escape
            """"),
        ["h1"] = (
            """"
            package main

            import "fmt"

            type point struct{ x, y int }

            func (p point) add(q point) point { return point{p.x + q.x, p.y + q.y} }
            func (p *point) scale(k int)      { p.x = p.x * k }

            var origin = point{}
            func hook(p *point) { p.x = 0 }

            func apply(f func(point, point) point, a, b point) point { return f(a, b) }

            func swap(a, b *int) (*int, *int) {
            	return b, a
            }

            func pairs() (*point, *point) {
            	a := point{1, 2}
            	b := &point{3, 4}
            	return &a, b
            }

            func main() {
            	f := point.add
            	r := apply(f, point{1, 1}, point{2, 2})
            	g := (*point).scale
            	g(&r, 2)
            	hook(&r)
            	x, y := 1, 2
            	px, py := swap(&x, &y)
            	p1, p2 := pairs()
            	m := r.add
            	fmt.Println(r, *px, *py, p1.x, p2.y, m(origin))
            	var iface fmt.Stringer
            	fmt.Println(iface == nil)
            	for i := range 3 {
            		fmt.Println(i)
            	}
            	s := struct{ a, b int }{1, 2}
            	fmt.Println(s.a)
            }
            """",
            """"
            # command-line-arguments
            ./f.go:8:7: p does not escape
            ./f.go:11:11: p does not escape
            ./f.go:13:12: f does not escape
            ./f.go:15:11: leaking param: a to result ~r1 level=0
            ./f.go:15:14: leaking param: b to result ~r0 level=0
            ./f.go:20:2: moved to heap: a
            ./f.go:21:7: &point{...} escapes to heap
            ./f.go:34:8: r.add does not escape
            ./f.go:35:13: ... argument does not escape
            ./f.go:35:14: r escapes to heap
            ./f.go:35:17: *px escapes to heap
            ./f.go:35:22: *py escapes to heap
            ./f.go:35:29: p1.x escapes to heap
            ./f.go:35:35: p2.y escapes to heap
            ./f.go:35:40: m(origin) escapes to heap
            ./f.go:37:13: ... argument does not escape
            ./f.go:37:20: iface == nil escapes to heap
            ./f.go:39:14: ... argument does not escape
            ./f.go:39:15: i escapes to heap
            ./f.go:42:13: ... argument does not escape
            ./f.go:42:15: s.a escapes to heap
            """"),
        ["h2"] = (
            """"
            package main

            func main() {
            	x := 1
            	y := x + 2
            	println(y)
            }
            """",
            """"

            """"),
        ["h3"] = (
            """"
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
            """",
            """"
            # command-line-arguments
            ./f.go:5:10: t does not escape
            ./f.go:5:16: leaking param: v
            ./f.go:7:10: leaking param: t to result ~r0 level=0
            ./f.go:12:3: moved to heap: v
            ./f.go:19:6: moved to heap: a
            ./f.go:24:2: moved to heap: a
            ./f.go:30:2: moved to heap: z
            ./f.go:33:10: new(int) escapes to heap
            ./f.go:35:10: new(T) does not escape
            """"),
        ["k1"] = (
            """"
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
            """",
            """"
            # command-line-arguments
            ./f.go:14:36: map[string]int{...} escapes to heap
            ./f.go:18:14: make([]int, 4) escapes to heap
            ./f.go:19:23: map[string]*T{...} escapes to heap
            ./f.go:19:29: &T{...} escapes to heap
            ./f.go:20:19: ... argument does not escape
            ./f.go:20:20: x escapes to heap
            ./f.go:25:13: ... argument does not escape
            ./f.go:25:17: len(xs) escapes to heap
            ./f.go:25:26: len(ts) escapes to heap
            ./f.go:25:34: tm.a escapes to heap
            ./f.go:25:39: f(2) escapes to heap
            ./f.go:25:50: *ptr escapes to heap
            ./f.go:25:59: len(mk) escapes to heap
            ./f.go:25:68: len(mm) escapes to heap
            ./f.go:25:74: s escapes to heap
            ./f.go:25:85: str escapes to heap
            """"),
        ["c1"] = (
            """"
            package main

            import "fmt"

            type handler func(string) string

            type server struct {
            	routes map[string]handler
            	hits   int
            }

            func (s *server) handle(path string, h handler) {
            	s.routes[path] = h
            }

            func (s *server) serve(path string) string {
            	s.hits++
            	if h, ok := s.routes[path]; ok {
            		return h(path)
            	}
            	return "404"
            }

            func prefix(p string) handler {
            	return func(s string) string { return p + s }
            }

            func counterPair() (func(), func() int) {
            	n := 0
            	return func() { n++ }, func() int { return n }
            }

            func loopClosures() []func() int {
            	var out []func() int
            	for i := 0; i < 3; i++ {
            		j := i * 2
            		out = append(out, func() int { return j })
            	}
            	return out
            }

            func deferLoop(n int) (sum int) {
            	for i := 0; i < n; i++ {
            		defer func() { sum += i }()
            	}
            	return 0
            }

            func goLoop(n int) int {
            	done := make(chan int)
            	for i := 0; i < n; i++ {
            		go func() { done <- i }()
            	}
            	t := 0
            	for i := 0; i < n; i++ {
            		t += <-done
            	}
            	return t
            }

            func immediate(x int) int {
            	return func(y int) int { return x + y }(1)
            }

            func capturePtr() *int {
            	v := 10
            	get := func() *int { return &v }
            	return get()
            }

            func captureLocalPtr() int {
            	v := 10
            	get := func() *int { return &v }
            	return *get()
            }

            func main() {
            	s := &server{routes: map[string]handler{}}
            	s.handle("/a", prefix("A:"))
            	s.handle("/b", func(x string) string { return x })
            	inc, get := counterPair()
            	inc()
            	fs := loopClosures()
            	fmt.Println(s.serve("/a"), get(), len(fs), deferLoop(3), goLoop(2), immediate(1), *capturePtr(), captureLocalPtr())
            }
            """",
            """"
            # command-line-arguments
            ./f.go:12:7: s does not escape
            ./f.go:12:25: leaking param: path
            ./f.go:12:38: leaking param: h
            ./f.go:16:7: s does not escape
            ./f.go:16:24: leaking param: path
            ./f.go:24:13: leaking param: p
            ./f.go:25:14: s does not escape
            ./f.go:25:9: func literal escapes to heap
            ./f.go:25:42: p + s escapes to heap
            ./f.go:29:2: moved to heap: n
            ./f.go:30:9: func literal escapes to heap
            ./f.go:30:25: func literal escapes to heap
            ./f.go:37:21: func literal escapes to heap
            ./f.go:42:24: moved to heap: sum
            ./f.go:44:9: func literal escapes to heap
            ./f.go:52:6: func literal escapes to heap
            ./f.go:62:9: func literal does not escape
            ./f.go:66:2: moved to heap: v
            ./f.go:67:9: func literal does not escape
            ./f.go:73:9: func literal does not escape
            ./f.go:80:22: leaking param: x to result ~r0 level=0
            ./f.go:78:7: &server{...} does not escape
            ./f.go:78:41: map[string]handler{} does not escape
            ./f.go:80:17: func literal escapes to heap
            ./f.go:84:13: ... argument does not escape
            ./f.go:84:21: (*server).serve(s, "/a") escapes to heap
            ./f.go:84:32: get() escapes to heap
            ./f.go:84:39: len(fs) escapes to heap
            ./f.go:84:54: deferLoop(3) escapes to heap
            ./f.go:84:65: goLoop(2) escapes to heap
            ./f.go:84:79: immediate(1) escapes to heap
            ./f.go:84:84: *capturePtr() escapes to heap
            ./f.go:84:114: captureLocalPtr() escapes to heap
            """"),
        ["r1"] = (
            """"
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
            """",
            """"
            # command-line-arguments
            ./f.go:12:19: env does not escape
            ./f.go:13:7: v does not escape
            ./f.go:13:24: env does not escape
            ./f.go:14:7: leaking param content: a
            ./f.go:14:20: leaking param: env
            ./f.go:15:7: leaking param content: m
            ./f.go:15:20: leaking param: env
            ./f.go:17:12: leaking param content: toks
            ./f.go:17:27: pos does not escape
            ./f.go:24:10: &add{...} escapes to heap
            ./f.go:28:10: &mul{...} escapes to heap
            ./f.go:30:18: variable{...} escapes to heap
            ./f.go:32:12: num{...} escapes to heap
            ./f.go:35:20: leaking param content: trace
            ./f.go:43:19: leaking param content: trace
            ./f.go:50:12: e does not escape
            ./f.go:62:21: []string{...} does not escape
            ./f.go:63:23: map[string]int{...} escapes to heap
            """"),
        ["w1"] = (
            """"
            package main

            import (
            	"errors"
            	"fmt"
            )

            type level int

            const (
            	low level = iota
            	high
            )

            type entry struct {
            	key   string
            	count int
            	lvl   level
            	refs  []*entry
            }

            type index struct {
            	entries map[string]*entry
            	order   []string
            	err     error
            }

            var errEmpty = errors.New("empty")

            func newIndex(words []string) (*index, error) {
            	if len(words) == 0 {
            		return nil, errEmpty
            	}
            	ix := &index{entries: make(map[string]*entry, len(words))}
            	for _, w := range words {
            		ix.add(w)
            	}
            	return ix, nil
            }

            func (ix *index) add(w string) {
            	e, ok := ix.entries[w]
            	if !ok {
            		e = &entry{key: w}
            		ix.entries[w] = e
            		ix.order = append(ix.order, w)
            	}
            	e.count++
            	if e.count > 2 {
            		e.lvl = high
            	}
            }

            func (ix *index) top(n int) []*entry {
            	out := make([]*entry, 0, n)
            	for _, k := range ix.order {
            		if len(out) == n {
            			break
            		}
            		out = append(out, ix.entries[k])
            	}
            	return out
            }

            func link(a, b *entry) {
            	a.refs = append(a.refs, b)
            }

            func total(es []*entry) (n int) {
            	for _, e := range es {
            		n += e.count
            	}
            	return
            }

            func split(s string) []string {
            	var words []string
            	start := -1
            	for i := 0; i < len(s); i++ {
            		if s[i] == ' ' {
            			if start >= 0 {
            				words = append(words, s[start:i])
            				start = -1
            			}
            		} else if start < 0 {
            			start = i
            		}
            	}
            	if start >= 0 {
            		words = append(words, s[start:])
            	}
            	return words
            }

            func (l level) String() string {
            	if l == high {
            		return "high"
            	}
            	return "low"
            }

            func summary(e *entry) string {
            	return fmt.Sprintf("%s:%d:%v", e.key, e.count, e.lvl)
            }

            func main() {
            	ix, err := newIndex(split("a b a c a b"))
            	if err != nil {
            		fmt.Println(err)
            		return
            	}
            	top := ix.top(2)
            	link(top[0], top[1])
            	for _, e := range top {
            		fmt.Println(summary(e))
            	}
            	fmt.Println(total(top), len(ix.order), high)
            	buf := [8]byte{}
            	copy(buf[:], "hello")
            	fmt.Println(string(buf[:5]))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:41:7: leaking param content: ix
            ./f.go:41:22: leaking param: w
            ./f.go:44:7: &entry{...} escapes to heap
            ./f.go:30:15: leaking param content: words
            ./f.go:34:8: &index{...} escapes to heap
            ./f.go:34:28: make(map[string]*entry, len(words)) escapes to heap
            ./f.go:54:7: ix does not escape
            ./f.go:55:13: make([]*entry, 0, n) escapes to heap
            ./f.go:65:11: leaking param content: a
            ./f.go:65:14: leaking param: b
            ./f.go:69:12: es does not escape
            ./f.go:76:12: leaking param: s
            ./f.go:102:14: leaking param content: e
            ./f.go:103:20: ... argument does not escape
            ./f.go:103:34: e.key escapes to heap
            ./f.go:103:41: e.count escapes to heap
            ./f.go:103:50: e.lvl escapes to heap
            ./f.go:109:14: ... argument does not escape
            ./f.go:115:14: ... argument does not escape
            ./f.go:115:22: summary(e) escapes to heap
            ./f.go:117:13: ... argument does not escape
            ./f.go:117:19: total(top) escapes to heap
            ./f.go:117:29: len(ix.order) escapes to heap
            ./f.go:117:41: level(1) escapes to heap
            ./f.go:120:13: ... argument does not escape
            ./f.go:120:20: string(buf[:5]) escapes to heap
            ./f.go:120:24: string(buf[:5]) escapes to heap
            """"),
        ["s1"] = (
            """"
            package main

            type node struct {
            	next *node
            	val  *int
            	alt  *int
            	arr  [2]*int
            	kids []*node
            }

            func shift(xs []*int) {
            	for i := 0; i+1 < len(xs); i++ {
            		xs[i] = xs[i+1]
            	}
            }

            func skip(n *node) {
            	n.next = n.next.next
            }

            func swapVals(n *node) {
            	n.val, n.alt = n.alt, n.val
            }

            func rotate(n *node) {
            	n.arr[0] = n.arr[1]
            }

            func trim(n *node) {
            	n.kids = n.kids[1:]
            }

            func copyField(a, b *node) {
            	a.val = b.val
            }

            func idx(xs []*int, f func() int) {
            	xs[f()] = xs[0]
            }

            type ring struct {
            	buf  []int
            	head int
            }

            func (r *ring) pop() int {
            	v := r.buf[0]
            	r.buf = r.buf[1:]
            	return v
            }

            func local() int {
            	s := []int{1, 2, 3}
            	s = s[1:]
            	var v struct{ a, b *int }
            	x := 1
            	v.a = &x
            	v.b = v.a
            	return s[0] + *v.b
            }

            func main() {
            	x, y := 1, 2
            	n := &node{val: &x, alt: &y}
            	n.next = &node{next: &node{}}
            	skip(n)
            	swapVals(n)
            	rotate(n)
            	trim(n)
            	copyField(n, n.next)
            	xs := []*int{&x, &y}
            	shift(xs)
            	idx(xs, func() int { return 1 })
            	r := &ring{buf: []int{1, 2}}
            	println(r.pop(), local())
            }
            """",
            """"
            # command-line-arguments
            ./f.go:13:9: shift ignoring self-assignment in xs[i] = xs[i + 1]
            ./f.go:11:12: xs does not escape
            ./f.go:17:11: leaking param content: n
            ./f.go:22:15: swapVals ignoring self-assignment in n.val, n.alt = n.alt, n.val
            ./f.go:22:15: swapVals ignoring self-assignment in n.val, n.alt = n.alt, n.val
            ./f.go:21:15: n does not escape
            ./f.go:26:11: rotate ignoring self-assignment in n.arr[0] = n.arr[1]
            ./f.go:25:13: n does not escape
            ./f.go:30:9: trim ignoring self-assignment in n.kids = n.kids[1:]
            ./f.go:29:11: n does not escape
            ./f.go:33:16: a does not escape
            ./f.go:33:19: leaking param content: b
            ./f.go:37:10: leaking param content: xs
            ./f.go:37:21: f does not escape
            ./f.go:48:8: (*ring).pop ignoring self-assignment in r.buf = r.buf[1:]
            ./f.go:46:7: r does not escape
            ./f.go:58:6: local ignoring self-assignment in v.b = v.a
            ./f.go:53:12: []int{...} does not escape
            ./f.go:63:2: moved to heap: x
            ./f.go:63:5: moved to heap: y
            ./f.go:64:7: &node{...} does not escape
            ./f.go:65:11: &node{...} escapes to heap
            ./f.go:65:23: &node{} escapes to heap
            ./f.go:71:14: []*int{...} does not escape
            ./f.go:73:10: func literal does not escape
            ./f.go:74:7: &ring{...} does not escape
            ./f.go:74:23: []int{...} does not escape
            """"),
        ["d1"] = (
            """"
            package main

            import "fmt"

            type logger struct {
            	lines []string
            }

            func (l *logger) log(s string) { l.lines = append(l.lines, s) }
            func (l logger) size() int     { return len(l.lines) }

            type job struct {
            	id  int
            	out *[]int
            }

            func (j *job) run(ch chan<- *job) {
            	*j.out = append(*j.out, j.id)
            	ch <- j
            }

            func process(l *logger, n int) {
            	defer l.log("done")
            	for i := 0; i < n; i++ {
            		defer l.log(fmt.Sprint(i))
            	}
            }

            func startJobs(n int) int {
            	ch := make(chan *job, n)
            	var res []int
            	for i := 0; i < n; i++ {
            		j := &job{id: i, out: &res}
            		go j.run(ch)
            	}
            	for i := 0; i < n; i++ {
            		<-ch
            	}
            	return len(res)
            }

            func outer() *int {
            	var last *int
            	for i := 0; i < 3; i++ {
            		v := i
            		last = &v
            	}
            	return last
            }

            func inLoop() int {
            	var p *int
            	s := 0
            	for i := 0; i < 3; i++ {
            		x := i
            		p = &x
            		s += *p
            	}
            	return s
            }

            func bigs() int {
            	var a [3 << 20]int
            	b := [100]int{}
            	c := new([20000]int)
            	d := &[10]int{}
            	for i := 0; i < 2; i++ {
            		e := make([]int, 9000)
            		a[i] = len(e)
            	}
            	return a[0] + b[0] + c[0] + d[0]
            }

            func main() {
            	l := &logger{}
            	process(l, 2)
            	var st logger
            	defer st.log("x")
            	fmt.Println(l.size(), startJobs(3), *outer(), inLoop(), bigs())
            }
            """",
            """"
            # command-line-arguments
            ./f.go:9:7: leaking param content: l
            ./f.go:9:22: leaking param: s
            ./f.go:10:7: l does not escape
            ./f.go:17:7: leaking param: j
            ./f.go:17:19: ch does not escape
            ./f.go:22:14: leaking param: l
            ./f.go:25:25: ... argument does not escape
            ./f.go:25:26: i escapes to heap
            ./f.go:31:6: moved to heap: res
            ./f.go:33:8: &job{...} escapes to heap
            ./f.go:45:3: moved to heap: v
            ./f.go:55:3: moved to heap: x
            ./f.go:63:6: moved to heap: a
            ./f.go:65:10: new([20000]int) escapes to heap
            ./f.go:66:7: &[10]int{} does not escape
            ./f.go:68:12: make([]int, 9000) escapes to heap
            ./f.go:75:7: &logger{} escapes to heap
            ./f.go:79:13: ... argument does not escape
            ./f.go:79:20: logger.size(l) escapes to heap
            ./f.go:79:33: startJobs(3) escapes to heap
            ./f.go:79:38: *outer() escapes to heap
            ./f.go:79:54: inLoop() escapes to heap
            ./f.go:79:62: bigs() escapes to heap
            """"),
        ["m1"] = (
            """"
            package main

            import "fmt"

            type base struct{ id int }

            func (b *base) ID() int { return b.id }

            type derived struct {
            	b    base
            	name string
            }

            type op struct {
            	name string
            	fn   func(a, b int) int
            }

            func ops() []op {
            	return []op{
            		{"add", func(a, b int) int { return a + b }},
            		{"sub", func(a, b int) int { return a - b }},
            	}
            }

            func mkAdder(p *int) func(int) int {
            	return func(n int) int { return *p + n }
            }

            func useAdder() int {
            	x := 5
            	f := mkAdder(&x)
            	return f(1)
            }


            func boxAll(xs []int) []any {
            	out := make([]any, len(xs))
            	for i, x := range xs {
            		out[i] = x
            	}
            	return out
            }

            func lits() int {
            	a := []any{1, "two", 3.0}
            	m := map[string]any{"k": []int{1}}
            	return len(a) + len(m)
            }

            type stringer interface{ String() string }

            type name string

            func (n name) String() string { return string(n) }

            func show(s stringer) string { return s.String() }

            func main() {
            	d := &derived{base{1}, "d"}
            	fmt.Println(d.b.ID(), d.name)
            	for _, o := range ops() {
            		fmt.Println(o.name, o.fn(3, 1))
            	}
            	fmt.Println(useAdder(), len(boxAll([]int{1, 2})), lits(), show(name("n")))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:7:7: b does not escape
            ./f.go:20:13: []op{...} escapes to heap
            ./f.go:21:11: func literal escapes to heap
            ./f.go:22:11: func literal escapes to heap
            ./f.go:26:14: leaking param: p
            ./f.go:27:9: func literal escapes to heap
            ./f.go:31:2: moved to heap: x
            ./f.go:37:13: xs does not escape
            ./f.go:38:13: make([]any, len(xs)) escapes to heap
            ./f.go:40:12: x escapes to heap
            ./f.go:46:12: []any{...} does not escape
            ./f.go:46:13: 1 does not escape
            ./f.go:46:16: "two" does not escape
            ./f.go:46:23: 3 does not escape
            ./f.go:47:21: map[string]any{...} does not escape
            ./f.go:47:32: []int{...} escapes to heap
            ./f.go:47:32: []int{...} escapes to heap
            ./f.go:55:7: leaking param: n to result ~r0 level=0
            ./f.go:57:11: leaking param: s
            ./f.go:60:7: &derived{...} does not escape
            ./f.go:61:13: ... argument does not escape
            ./f.go:61:20: (*base).ID(d.b) escapes to heap
            ./f.go:61:25: d.name escapes to heap
            ./f.go:63:14: ... argument does not escape
            ./f.go:63:16: o.name escapes to heap
            ./f.go:63:27: o.fn(3, 1) escapes to heap
            ./f.go:65:13: ... argument does not escape
            ./f.go:65:22: useAdder() escapes to heap
            ./f.go:65:29: len(boxAll([]int{...})) escapes to heap
            ./f.go:65:42: []int{...} does not escape
            ./f.go:65:56: lits() escapes to heap
            ./f.go:65:64: show(name("n")) escapes to heap
            ./f.go:65:69: name("n") escapes to heap
            """"),
        ["i1"] = (
            """"
            package main

            import "fmt"

            type pt struct{ x, y int }

            var sink any

            func two(a int, b string) (any, any) {
            	return a, b
            }

            func assign(a int, s string) {
            	var x, y any
            	x, y = a, s
            	sink = x
            	_ = y
            }

            func fields(n int) []any {
            	return []any{n, pt{n, n}}
            }

            func mapPut(m map[string]any, k string, v int) {
            	m[k] = v
            }

            func send(ch chan any, v pt) {
            	ch <- v
            }

            func app(xs []any, v float64) []any {
            	return append(xs, v)
            }

            func cmp(a any, v int) bool {
            	return a == v
            }

            type holder struct {
            	v any
            	w any
            }

            func hold(n int, s string) holder {
            	return holder{v: n, w: s}
            }

            func main() {
            	a, b := two(1, "x")
            	assign(2, "y")
            	m := map[string]any{}
            	mapPut(m, "k", 3)
            	ch := make(chan any, 1)
            	send(ch, pt{1, 2})
            	fmt.Println(a, b, fields(4), app(nil, 1.5), cmp(5, 5), hold(1, "h"))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:9:17: leaking param: b
            ./f.go:10:9: a escapes to heap
            ./f.go:10:12: b escapes to heap
            ./f.go:13:20: s does not escape
            ./f.go:15:9: a escapes to heap
            ./f.go:15:12: s does not escape
            ./f.go:21:14: []any{...} escapes to heap
            ./f.go:21:15: n escapes to heap
            ./f.go:21:20: pt{...} escapes to heap
            ./f.go:24:13: m does not escape
            ./f.go:24:31: leaking param: k
            ./f.go:25:9: v escapes to heap
            ./f.go:28:11: ch does not escape
            ./f.go:29:8: v escapes to heap
            ./f.go:32:10: leaking param content: xs
            ./f.go:32:10: leaking param: xs to result ~r0 level=0
            ./f.go:33:20: v escapes to heap
            ./f.go:36:10: a does not escape
            ./f.go:37:14: v does not escape
            ./f.go:45:18: leaking param: s
            ./f.go:46:19: n escapes to heap
            ./f.go:46:25: s escapes to heap
            ./f.go:52:21: map[string]any{} does not escape
            ./f.go:56:13: ... argument does not escape
            ./f.go:56:26: fields(4) escapes to heap
            ./f.go:56:34: app(nil, 1.5) escapes to heap
            ./f.go:56:49: cmp(5, 5) escapes to heap
            ./f.go:56:50: 5 does not escape
            ./f.go:56:61: hold(1, "h") escapes to heap
            """"),
        ["t1"] = (
            """"
            package main

            import "fmt"

            type kind int

            func match(x any) int {
            	switch x {
            	case 1:
            		return 1
            	case "a":
            		return 2
            	}
            	return 0
            }

            func name(k kind) string {
            	switch k {
            	case 0:
            		return "zero"
            	default:
            		return fmt.Sprint(int(k))
            	}
            }

            var saved []any

            func keepAll(xs []any) {
            	for _, x := range xs {
            		switch v := x.(type) {
            		case *int:
            			saved = append(saved, v)
            		case string:
            			_ = v
            		default:
            			fmt.Println(v)
            		}
            	}
            }

            func unwrap(x any) *int {
            	if p, ok := x.(*int); ok {
            		return p
            	}
            	return x.(*int)
            }

            func count(x any) int {
            	switch x.(type) {
            	case int, int64:
            		return 1
            	}
            	return 0
            }

            func main() {
            	n := 3
            	keepAll([]any{&n, "s", 2})
            	fmt.Println(match(1), name(2), *unwrap(&n), count(1))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:7:12: x does not escape
            ./f.go:9:7: 1 does not escape
            ./f.go:11:7: "a" does not escape
            ./f.go:22:20: ... argument does not escape
            ./f.go:22:24: int(k) escapes to heap
            ./f.go:28:14: leaking param content: xs
            ./f.go:36:15: ... argument does not escape
            ./f.go:41:13: leaking param: x to result ~r0 level=0
            ./f.go:48:12: x does not escape
            ./f.go:57:2: moved to heap: n
            ./f.go:58:15: []any{...} does not escape
            ./f.go:58:20: "s" escapes to heap
            ./f.go:58:25: 2 escapes to heap
            ./f.go:59:13: ... argument does not escape
            ./f.go:59:19: match(1) escapes to heap
            ./f.go:59:20: 1 does not escape
            ./f.go:59:28: name(kind(2)) escapes to heap
            ./f.go:59:33: *unwrap(&n) escapes to heap
            ./f.go:59:51: count(1) escapes to heap
            ./f.go:59:52: 1 does not escape
            """"),
        ["v1"] = (
            """"
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
            """",
            """"
            # command-line-arguments
            ./f.go:6:6: moved to heap: arr
            ./f.go:8:20: func literal escapes to heap
            ./f.go:14:20: func literal escapes to heap
            ./f.go:18:2: moved to heap: x
            ./f.go:19:7: func literal escapes to heap
            ./f.go:24:20: leaking param: p
            ./f.go:26:20: func literal escapes to heap
            ./f.go:30:2: moved to heap: y
            ./f.go:33:20: func literal escapes to heap
            ./f.go:38:2: moved to heap: b
            ./f.go:39:20: func literal escapes to heap
            ./f.go:41:8: func literal does not escape
            ./f.go:48:2: moved to heap: total
            ./f.go:50:21: func literal escapes to heap
            ./f.go:54:19: leaking param content: xs
            ./f.go:56:21: func literal escapes to heap
            ./f.go:62:7: func literal does not escape
            ./f.go:70:2: moved to heap: v
            ./f.go:75:23: []string{...} does not escape
            """"),
        ["n1"] = (
            """"
            package main

            import "fmt"

            type shape interface{ area() int }

            type rect struct{ w, h int }

            func (r rect) area() int { return r.w * r.h }

            type ints []int

            type wrap struct {
            	p   *int
            	arr [2]*int
            }

            func ifaceMethodValue(s shape) func() int {
            	return s.area
            }

            func localIfaceMV(s shape) int {
            	f := s.area
            	return f()
            }

            func mkWrap(a, b *int) wrap {
            	return wrap{p: a, arr: [2]*int{a, b}}
            }

            func arrOf(p *int) [3]*int {
            	return [3]*int{p, nil, p}
            }

            func rangeInt(n int) []*int {
            	var out []*int
            	for i := range n {
            		out = append(out, &i)
            	}
            	return out
            }

            func runes(s string) int {
            	c := 0
            	for i, r := range s {
            		c += i + int(r)
            	}
            	return c
            }

            func named(xs []int) ints {
            	return ints(xs)
            }

            func cp(dst []byte, s string) int {
            	return copy(dst, s)
            }

            func del(m map[*int]bool, k *int) {
            	delete(m, k)
            }

            func newWrap(p *int) *wrap {
            	w := new(wrap)
            	w.p = p
            	return w
            }

            func main() {
            	x, y := 1, 2
            	r := rect{2, 3}
            	f := ifaceMethodValue(r)
            	w := mkWrap(&x, &y)
            	a := arrOf(&y)
            	m := map[*int]bool{&x: true}
            	del(m, &x)
            	buf := make([]byte, 4)
            	fmt.Println(f(), localIfaceMV(r), *w.p, *a[0], len(rangeInt(2)), runes("hé"), named([]int{1}), cp(buf, "ab"), newWrap(&y).p)
            }
            """",
            """"
            # command-line-arguments
            ./f.go:18:23: leaking param: s
            ./f.go:19:10: s.area escapes to heap
            ./f.go:22:19: leaking param: s
            ./f.go:23:8: s.area does not escape
            ./f.go:27:13: leaking param: a to result ~r0 level=0
            ./f.go:27:16: leaking param: b to result ~r0 level=0
            ./f.go:31:12: leaking param: p to result ~r0 level=0
            ./f.go:37:6: moved to heap: i
            ./f.go:43:12: s does not escape
            ./f.go:51:12: leaking param: xs to result ~r0 level=0
            ./f.go:55:9: dst does not escape
            ./f.go:55:21: s does not escape
            ./f.go:59:10: m does not escape
            ./f.go:59:27: k does not escape
            ./f.go:63:14: leaking param: p
            ./f.go:64:10: new(wrap) escapes to heap
            ./f.go:70:2: moved to heap: x
            ./f.go:70:5: moved to heap: y
            ./f.go:72:24: r escapes to heap
            ./f.go:75:20: map[*int]bool{...} does not escape
            ./f.go:77:13: make([]byte, 4) does not escape
            ./f.go:78:13: ... argument does not escape
            ./f.go:78:15: f() escapes to heap
            ./f.go:78:31: localIfaceMV(r) escapes to heap
            ./f.go:78:32: r escapes to heap
            ./f.go:78:36: *w.p escapes to heap
            ./f.go:78:42: *a[0] escapes to heap
            ./f.go:78:52: len(rangeInt(2)) escapes to heap
            ./f.go:78:72: runes("hé") escapes to heap
            ./f.go:78:86: named([]int{...}) escapes to heap
            ./f.go:78:92: []int{...} escapes to heap
            ./f.go:78:100: cp(buf, "ab") escapes to heap
            """"),
        ["p1"] = (
            """"
            package main

            import "fmt"

            type acct struct {
            	bal   int
            	owner *string
            	hist  []int
            }

            var accounts []*acct

            func (a *acct) deposit(n int)   { a.bal += n; a.hist = append(a.hist, n) }
            func (a *acct) register()       { accounts = append(accounts, a) }
            func (a acct) balance() int     { return a.bal }
            func (a *acct) ownerName() *string { return a.owner }
            func (a acct) copyOwner() *string  { return a.owner }



            func main() {
            	name := "ann"
            	var a acct
            	a.owner = &name
            	a.deposit(5)
            	var b acct
            	b.register()
            	pa := &acct{}
            	fmt.Println(a.balance(), pa.balance(), *a.ownerName(), a.copyOwner() == nil)
            	ch := make(chan chan *acct, 1)
            	inner := make(chan *acct, 1)
            	ch <- inner
            	inner <- pa
            	got := <-<-ch
            	fmt.Println(got.bal)
            }
            """",
            """"
            # command-line-arguments
            ./f.go:13:7: leaking param content: a
            ./f.go:14:7: leaking param: a
            ./f.go:15:7: a does not escape
            ./f.go:16:7: leaking param: a to result ~r0 level=1
            ./f.go:17:7: leaking param: a to result ~r0 level=0
            ./f.go:22:2: moved to heap: name
            ./f.go:26:6: moved to heap: b
            ./f.go:28:8: &acct{} escapes to heap
            ./f.go:29:13: ... argument does not escape
            ./f.go:29:23: acct.balance(a) escapes to heap
            ./f.go:29:37: acct.balance(pa) escapes to heap
            ./f.go:29:41: *(*acct).ownerName(a) escapes to heap
            ./f.go:29:71: acct.copyOwner(a) == nil escapes to heap
            ./f.go:35:13: ... argument does not escape
            ./f.go:35:17: got.bal escapes to heap
            """"),
        ["q1"] = (
            """"
            package main

            import "fmt"

            func work(n int) int { return n * 2 }

            func main() {
            	done := make(chan bool)
            	go func(k int) {
            		fmt.Println(k)
            	}(3)
            	go func() {
            		done <- true
            	}()
            	defer func(s string) {
            		fmt.Println(s)
            	}("bye")
            	for i := 0; i < 2; i++ {
            		defer func(j int) { fmt.Println(j) }(i)
            		go work(i)
            	}
            	<-done
            }
            """",
            """"
            # command-line-arguments
            ./f.go:15:13: leaking param: s
            ./f.go:9:5: func literal escapes to heap
            ./f.go:10:14: ... argument does not escape
            ./f.go:10:15: k escapes to heap
            ./f.go:12:5: func literal escapes to heap
            ./f.go:15:8: func literal does not escape
            ./f.go:16:14: ... argument does not escape
            ./f.go:16:15: s escapes to heap
            ./f.go:19:9: func literal escapes to heap
            ./f.go:19:34: ... argument does not escape
            ./f.go:19:35: j escapes to heap
            """"),
        ["u1"] = (
            """"
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
            """",
            """"
            # command-line-arguments
            ./f.go:5:12: leaking param: p to result res level=0
            ./f.go:11:2: moved to heap: t
            ./f.go:16:19: leaking param: p to result res level=0
            ./f.go:17:2: func literal does not escape
            ./f.go:23:17: leaking param: p to result res level=0
            ./f.go:24:8: func literal does not escape
            ./f.go:32:12: leaking param: a to result ~r1 level=0
            ./f.go:32:15: leaking param: b to result ~r2 level=0
            ./f.go:32:18: leaking param: c to result ~r0 level=0
            ./f.go:36:13: leaking param: a to result ~r0 level=0
            ./f.go:40:14: p does not escape
            ./f.go:44:19: moved to heap: p
            ./f.go:49:7: &T{...} does not escape
            """"),
        ["a1"] = (
            """"
            package main

            type cell struct {
            	v    int
            	next *cell
            }

            type grid struct {
            	cells [4]cell
            	rows  [][]int
            }

            var hold *cell

            func elemAddr(cs []cell, i int) *cell {
            	return &cs[i]
            }

            func arrElem(g *grid) *cell {
            	return &g.cells[1]
            }

            func localArr() int {
            	var cs [3]cell
            	p := &cs[0]
            	p.v = 3
            	return cs[0].v
            }

            func leakArr() {
            	var cs [3]cell
            	hold = &cs[1]
            }

            func sliceArr() []cell {
            	var cs [3]cell
            	return cs[:]
            }

            func ptrArr() *[3]int {
            	a := [3]int{1, 2, 3}
            	return &a
            }

            func rows(n int) [][]int {
            	out := make([][]int, n)
            	for i := range out {
            		out[i] = make([]int, 2)
            	}
            	return out
            }

            func link(cs []cell) {
            	for i := 0; i+1 < len(cs); i++ {
            		cs[i].next = &cs[i+1]
            	}
            }

            func main() {
            	cs := []cell{{v: 1}, {v: 2}}
            	link(cs)
            	g := &grid{}
            	g.rows = rows(2)
            	leakArr()
            	println(elemAddr(cs, 0).v, arrElem(g).v, localArr(), len(sliceArr()), ptrArr()[0])
            }
            """",
            """"
            # command-line-arguments
            ./f.go:15:15: leaking param: cs to result ~r0 level=0
            ./f.go:19:14: leaking param: g to result ~r0 level=0
            ./f.go:31:6: moved to heap: cs
            ./f.go:36:6: moved to heap: cs
            ./f.go:41:2: moved to heap: a
            ./f.go:46:13: make([][]int, n) escapes to heap
            ./f.go:48:16: make([]int, 2) escapes to heap
            ./f.go:53:11: leaking param: cs
            ./f.go:60:14: []cell{...} escapes to heap
            ./f.go:62:7: &grid{} does not escape
            """"),
        ["b1"] = (
            """"
            package main

            import "fmt"

            type msg struct {
            	from, text string
            	to         []string
            }

            type inbox struct {
            	msgs []*msg
            	seen map[*msg]bool
            }

            func newInbox() *inbox {
            	return &inbox{seen: map[*msg]bool{}}
            }

            func (b *inbox) deliver(m *msg) {
            	b.msgs = append(b.msgs, m)
            }

            func (b *inbox) markSeen(m *msg) {
            	b.seen[m] = true
            }

            func (b *inbox) unread() []*msg {
            	var out []*msg
            	for _, m := range b.msgs {
            		if !b.seen[m] {
            			out = append(out, m)
            		}
            	}
            	return out
            }

            func format(m *msg) string {
            	s := m.from + ": " + m.text
            	if len(m.to) > 0 {
            		s += " (to " + fmt.Sprint(len(m.to)) + ")"
            	}
            	return s
            }

            func broadcast(b *inbox, from string, texts []string) {
            	for _, t := range texts {
            		b.deliver(&msg{from: from, text: t})
            	}
            }

            func main() {
            	b := newInbox()
            	broadcast(b, "bob", []string{"hi", "yo"})
            	m := &msg{from: "amy", text: "hey", to: []string{"x"}}
            	b.deliver(m)
            	b.markSeen(m)
            	for _, u := range b.unread() {
            		fmt.Println(format(u))
            	}
            	local := msg{from: "me", text: "note"}
            	fmt.Println(format(&local))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:16:9: &inbox{...} escapes to heap
            ./f.go:16:35: map[*msg]bool{} escapes to heap
            ./f.go:19:7: leaking param content: b
            ./f.go:19:25: leaking param: m
            ./f.go:23:7: b does not escape
            ./f.go:23:26: leaking param: m
            ./f.go:27:7: leaking param content: b
            ./f.go:37:13: m does not escape
            ./f.go:38:21: m.from + ": " + m.text escapes to heap
            ./f.go:40:40: " (to " + fmt.Sprint(... argument...) + ")" escapes to heap
            ./f.go:40:28: ... argument does not escape
            ./f.go:40:32: len(m.to) escapes to heap
            ./f.go:45:16: leaking param content: b
            ./f.go:45:26: leaking param: from
            ./f.go:45:39: leaking param content: texts
            ./f.go:47:13: &msg{...} escapes to heap
            ./f.go:53:30: []string{...} does not escape
            ./f.go:54:7: &msg{...} escapes to heap
            ./f.go:54:50: []string{...} escapes to heap
            ./f.go:58:14: ... argument does not escape
            ./f.go:58:21: format(u) escapes to heap
            ./f.go:61:13: ... argument does not escape
            ./f.go:61:20: format(&local) escapes to heap
            """"),
        ["z1"] = (
            """"
            package main

            import "fmt"

            type builder struct {
            	parts []string
            	sep   string
            }

            func (b *builder) add(s string) *builder {
            	b.parts = append(b.parts, s)
            	return b
            }

            func (b *builder) with(sep string) *builder {
            	b.sep = sep
            	return b
            }

            func (b *builder) build() string {
            	out := ""
            	for i, p := range b.parts {
            		if i > 0 {
            			out += b.sep
            		}
            		out += p
            	}
            	return out
            }

            type middleware func(func(string) string) func(string) string


            func upper(next func(string) string) func(string) string {
            	return func(s string) string { return next(s + "!") }
            }

            type event struct {
            	name string
            	cb   func(*event)
            }

            func fire(e *event) {
            	if e.cb != nil {
            		e.cb(e)
            	}
            }

            var table = map[string]func(int) int{
            	"double": func(n int) int { return n * 2 },
            }

            func main() {
            	s := (&builder{}).with(",").add("a").add("b").build()
            	h := upper(func(x string) string { return x })
            	count := 0
            	e := &event{name: "click", cb: func(ev *event) { count++ }}
            	fire(e)
            	fmt.Println(s, h("x"), count, table["double"](3))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:49:37: map[string]func(int) int{...} escapes to heap
            ./f.go:50:12: func literal escapes to heap
            ./f.go:10:7: leaking param content: b
            ./f.go:10:7: leaking param: b to result ~r0 level=0
            ./f.go:10:23: leaking param: s
            ./f.go:15:7: leaking param: b to result ~r0 level=0
            ./f.go:15:24: leaking param: sep
            ./f.go:20:7: leaking param: b to result ~r0 level=1
            ./f.go:34:12: leaking param: next
            ./f.go:35:14: s does not escape
            ./f.go:35:9: func literal escapes to heap
            ./f.go:35:47: s + "!" escapes to heap
            ./f.go:43:11: leaking param: e
            ./f.go:55:18: leaking param: x to result ~r0 level=0
            ./f.go:57:38: ev does not escape
            ./f.go:56:2: moved to heap: count
            ./f.go:54:8: &builder{} does not escape
            ./f.go:55:13: func literal escapes to heap
            ./f.go:57:7: &event{...} escapes to heap
            ./f.go:57:33: func literal escapes to heap
            ./f.go:59:13: ... argument does not escape
            ./f.go:59:14: s escapes to heap
            ./f.go:59:18: h("x") escapes to heap
            ./f.go:59:25: count escapes to heap
            ./f.go:59:47: table["double"](3) escapes to heap
            """"),
        ["y1"] = (
            """"
            package main

            func lookup(m map[string]int, b []byte) int {
            	return m[string(b)]
            }

            func eq(b []byte) bool {
            	return string(b) == "x"
            }

            func build(rs []rune) string {
            	s := ""
            	for _, r := range rs {
            		s += string(r)
            	}
            	return s
            }

            func readOnly(b []byte) int { return len(b) }

            func mutate(b []byte) { b[0] = 'x' }

            func pass(s string) int {
            	n := readOnly([]byte(s))
            	b := []byte(s)
            	mutate(b)
            	return n + len(b)
            }

            func cat(a, b, c string) string {
            	return a + b + c
            }

            func catLocal(a, b string) int {
            	s := a + "-" + b
            	return len(s)
            }

            func byteConv(s string) byte {
            	bs := []byte(s)
            	return bs[0]
            }

            func main() {
            	m := map[string]int{"k": 1}
            	println(lookup(m, []byte("k")), eq([]byte("x")), build([]rune("ab")), pass("s"), cat("a", "b", "c"), catLocal("x", "y"), byteConv("z"))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:3:13: m does not escape
            ./f.go:3:31: b does not escape
            ./f.go:4:18: string(b) does not escape
            ./f.go:7:9: b does not escape
            ./f.go:8:16: string(b) does not escape
            ./f.go:11:12: rs does not escape
            ./f.go:14:15: string(r) escapes to heap
            ./f.go:19:15: b does not escape
            ./f.go:21:13: b does not escape
            ./f.go:23:11: s does not escape
            ./f.go:24:23: ([]byte)(s) does not escape
            ./f.go:24:23: zero-copy string->[]byte conversion
            ./f.go:25:14: ([]byte)(s) does not escape
            ./f.go:30:10: a does not escape
            ./f.go:30:13: b does not escape
            ./f.go:30:16: c does not escape
            ./f.go:31:15: a + b + c escapes to heap
            ./f.go:34:15: a does not escape
            ./f.go:34:18: b does not escape
            ./f.go:35:15: a + "-" + b does not escape
            ./f.go:39:15: s does not escape
            ./f.go:40:15: ([]byte)(s) does not escape
            ./f.go:40:15: zero-copy string->[]byte conversion
            ./f.go:45:21: map[string]int{...} does not escape
            ./f.go:46:27: ([]byte)("k") does not escape
            ./f.go:46:27: zero-copy string->[]byte conversion
            ./f.go:46:44: ([]byte)("x") does not escape
            ./f.go:46:44: zero-copy string->[]byte conversion
            ./f.go:46:64: []rune{...} does not escape
            """"),
        ["o1"] = (
            """"
            package main

            import "fmt"

            type T struct {
            	next *T
            	vals []int
            	m    map[string][]int
            }

            func g(t *T) *T { return t }

            func f(a, b *T) int { return 0 }

            var sink any

            func nested() *T {
            	return &T{next: &T{vals: []int{1, 2}}, m: map[string][]int{"a": {1}, "b": nil}}
            }

            func args() int {
            	return f(&T{}, g(&T{vals: make([]int, 3)}))
            }

            func mixed(x int, y *int) []any {
            	return []any{x, &y, fmt.Sprint(x), []int{x}, T{}}
            }

            func order(s string) {
            	sink = fmt.Sprintf("%s-%s", s+"a", string([]byte(s)))
            }

            func arrays() [2][]*T {
            	return [2][]*T{{&T{}}, {}}
            }

            func main() {
            	y := 2
            	fmt.Println(nested().next.vals, args(), len(mixed(1, &y)), arrays())
            	order("z")
            }
            """",
            """"
            # command-line-arguments
            ./f.go:11:8: leaking param: t to result ~r0 level=0
            ./f.go:13:8: a does not escape
            ./f.go:13:11: b does not escape
            ./f.go:18:9: &T{...} escapes to heap
            ./f.go:18:18: &T{...} escapes to heap
            ./f.go:18:32: []int{...} escapes to heap
            ./f.go:18:60: map[string][]int{...} escapes to heap
            ./f.go:18:66: []int{...} escapes to heap
            ./f.go:22:11: &T{} does not escape
            ./f.go:22:19: &T{...} does not escape
            ./f.go:22:32: make([]int, 3) does not escape
            ./f.go:25:19: moved to heap: y
            ./f.go:26:14: []any{...} escapes to heap
            ./f.go:26:15: x escapes to heap
            ./f.go:26:32: fmt.Sprint(... argument...) escapes to heap
            ./f.go:26:32: ... argument does not escape
            ./f.go:26:33: x escapes to heap
            ./f.go:26:42: []int{...} escapes to heap
            ./f.go:26:42: []int{...} escapes to heap
            ./f.go:26:48: T{} escapes to heap
            ./f.go:29:12: s does not escape
            ./f.go:30:20: fmt.Sprintf("%s-%s", ... argument...) escapes to heap
            ./f.go:30:20: ... argument does not escape
            ./f.go:30:31: s + "a" escapes to heap
            ./f.go:30:31: s + "a" escapes to heap
            ./f.go:30:43: string(([]byte)(s)) escapes to heap
            ./f.go:30:50: string(([]byte)(s)) escapes to heap
            ./f.go:30:51: ([]byte)(s) does not escape
            ./f.go:30:51: zero-copy string->[]byte conversion
            ./f.go:34:17: []*T{...} escapes to heap
            ./f.go:34:18: &T{} escapes to heap
            ./f.go:34:25: []*T{} escapes to heap
            ./f.go:38:2: moved to heap: y
            ./f.go:39:13: ... argument does not escape
            ./f.go:39:27: nested().next.vals escapes to heap
            ./f.go:39:38: args() escapes to heap
            ./f.go:39:45: len(mixed(1, &y)) escapes to heap
            ./f.go:39:67: arrays() escapes to heap
            """"),
        ["l1"] = (
            """"
            package main

            func lastAddr() int {
            	var p *int
            	for i := 0; i < 3; i++ {
            		p = &i
            	}
            	return *p
            }

            func lastRange(xs []int) int {
            	var p *int
            	for _, v := range xs {
            		p = &v
            	}
            	return *p
            }

            func inner() int {
            	s := 0
            	for i := 0; i < 3; i++ {
            		q := &i
            		s += *q
            	}
            	return s
            }

            func condAlloc() int {
            	n := 0
            	for p := new(int); *p < 3; p = new(int) {
            		*p = 5
            		n++
            	}
            	return n
            }

            func main() {
            	println(lastAddr(), lastRange([]int{1}), inner(), condAlloc())
            }
            """",
            """"
            # command-line-arguments
            ./f.go:5:6: moved to heap: i
            ./f.go:11:16: xs does not escape
            ./f.go:13:9: moved to heap: v
            ./f.go:30:14: new(int) does not escape
            ./f.go:30:36: new(int) escapes to heap
            ./f.go:38:37: []int{...} does not escape
            """"),
        ["l2"] = (
            """"
            package main

            type N struct{ next *N }

            func nestedLoops() *N {
            	var head *N
            	for i := 0; i < 2; i++ {
            		for j := 0; j < 2; j++ {
            			n := N{next: head}
            			head = &n
            		}
            	}
            	return head
            }

            func sameDepth() int {
            	c := 0
            	for i := 0; i < 2; i++ {
            		var p *N
            		n := N{}
            		p = &n
            		if p != nil {
            			c++
            		}
            	}
            	return c
            }

            func closureInLoop() int {
            	t := 0
            	for i := 0; i < 3; i++ {
            		add := func(k int) { t += k }
            		add(i)
            	}
            	return t
            }

            func closureKeepsLocal() []func() int {
            	var fs []func() int
            	for i := 0; i < 2; i++ {
            		x := i
            		fs = append(fs, func() int { x++; return x })
            	}
            	return fs
            }

            func walk(h *N) int {
            	c := 0
            	for p := h; p != nil; p = p.next {
            		c++
            	}
            	return c
            }

            func main() {
            	println(walk(nestedLoops()), sameDepth(), closureInLoop(), len(closureKeepsLocal()))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:9:4: moved to heap: n
            ./f.go:32:10: func literal does not escape
            ./f.go:41:3: moved to heap: x
            ./f.go:42:19: func literal escapes to heap
            ./f.go:47:11: h does not escape
            """"),
        ["control"] = (
            // The program the SSA goldens use too.
            File.ReadAllText(Path.Combine(Repo.OwnGoldens, "ssa", "control.go")),
            """"
            # command-line-arguments
            ./f.go:43:15: xs does not escape
            ./f.go:60:64: []int{...} does not escape
            """"),
        ["more"] = (
            // The program the SSA goldens use too.
            File.ReadAllText(Path.Combine(Repo.OwnGoldens, "ssa", "more.go")),
            """"
            # command-line-arguments
            ./f.go:16:23: map[string]int{...} escapes to heap
            ./f.go:11:7: t does not escape
            ./f.go:20:8: func literal does not escape
            ./f.go:29:11: s does not escape
            ./f.go:29:33: m does not escape
            ./f.go:29:53: ch does not escape
            ./f.go:29:21: moved to heap: arr
            ./f.go:46:17: t escapes to heap
            ./f.go:47:9: i.Sum does not escape
            ./f.go:49:15: ([]byte)(s) does not escape
            ./f.go:49:15: zero-copy string->[]byte conversion
            ./f.go:50:16: string(bs) escapes to heap
            ./f.go:54:14: ... argument does not escape
            ./f.go:54:15: v2 escapes to heap
            ./f.go:57:12: ... argument does not escape
            ./f.go:57:57: b escapes to heap
            ./f.go:57:60: sub escapes to heap
            ./f.go:57:65: ok escapes to heap
            ./f.go:57:69: w escapes to heap
            ./f.go:57:72: ok2 escapes to heap
            ./f.go:57:78: f(t) escapes to heap
            ./f.go:57:85: sm() escapes to heap
            ./f.go:57:89: fl escapes to heap
            ./f.go:57:93: str escapes to heap
            ./f.go:57:98: x escapes to heap
            ./f.go:57:101: y escapes to heap
            ./f.go:57:104: q1 escapes to heap
            ./f.go:57:108: q2 escapes to heap
            ./f.go:58:12: func literal does not escape
            ./f.go:59:10: func literal escapes to heap
            ./f.go:63:21: i escapes to heap
            ./f.go:63:20: ... argument does not escape
            ./f.go:65:26: ... argument does not escape
            ./f.go:65:35: 1 escapes to heap
            ./f.go:69:13: ... argument does not escape
            ./f.go:69:17: min(x, y, 3) escapes to heap
            ./f.go:69:31: max(1.5, fl) escapes to heap
            ./f.go:69:45: 4 escapes to heap
            ./f.go:69:55: cap(sub) escapes to heap
            ./f.go:70:17: []int{...} does not escape
            ./f.go:77:13: ... argument does not escape
            ./f.go:77:14: r escapes to heap
            ./f.go:78:40: map[string][]int{} does not escape
            """"),
        ["k2"] = (
            """"
            package main

            var keep []func() int

            func before() {
            	x := 1
            	x = 2
            	keep = append(keep, func() int { return x })
            }

            func after() {
            	x := 1
            	keep = append(keep, func() int { return x })
            	x = 2
            }

            func beforeInLoop() {
            	x := 1
            	for i := 0; i < 2; i++ {
            		x = i
            		keep = append(keep, func() int { return x })
            	}
            }

            func inClosure() {
            	x := 1
            	keep = append(keep, func() int { x++; return x })
            }

            func varDecl() {
            	var x int
            	x = 5
            	keep = append(keep, func() int { return x })
            }

            func redeclare() {
            	x, y := 1, 2
            	x, z := 3, 4
            	keep = append(keep, func() int { return x + y + z })
            }

            func rangeAssign(xs []int) {
            	var v int
            	for _, v = range xs {
            	}
            	keep = append(keep, func() int { return v })
            }

            func main() {
            	before()
            	after()
            	beforeInLoop()
            	inClosure()
            	varDecl()
            	redeclare()
            	rangeAssign([]int{1})
            	println(len(keep))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:8:22: func literal escapes to heap
            ./f.go:12:2: moved to heap: x
            ./f.go:13:22: func literal escapes to heap
            ./f.go:18:2: moved to heap: x
            ./f.go:21:23: func literal escapes to heap
            ./f.go:26:2: moved to heap: x
            ./f.go:27:22: func literal escapes to heap
            ./f.go:33:22: func literal escapes to heap
            ./f.go:39:22: func literal escapes to heap
            ./f.go:42:18: leaking param content: xs
            ./f.go:46:22: func literal escapes to heap
            ./f.go:56:19: []int{...} does not escape
            """"),
        ["rq1"] = (
            """"
            package main

            var keep []func() int

            func rs(s string) {
            	for _, r := range s {
            		keep = append(keep, func() int { return int(r) })
            	}
            }

            func ri(xs []int) {
            	for i, x := range xs {
            		keep = append(keep, func() int { return x + i })
            	}
            }

            func rm(m map[string]int) {
            	for k, v := range m {
            		keep = append(keep, func() int { return v + len(k) })
            	}
            }

            func ra(a [3]int) {
            	for _, x := range a {
            		keep = append(keep, func() int { return x })
            	}
            }

            func main() {}
            """",
            """"
            # command-line-arguments
            ./f.go:5:9: s does not escape
            ./f.go:7:23: func literal escapes to heap
            ./f.go:11:9: xs does not escape
            ./f.go:13:23: func literal escapes to heap
            ./f.go:17:9: m does not escape
            ./f.go:19:23: func literal escapes to heap
            ./f.go:25:23: func literal escapes to heap
            """"),
        ["rq2"] = (
            """"
            package main

            var keep []func() int

            func ra(xs []int) {
            	var v int
            	for _, v = range xs {
            	}
            	keep = append(keep, func() int { return v })
            }

            func rb(xs []int) {
            	var v int
            	for _, v = range xs {
            	}
            	println(v)
            }

            func rc(m map[int]int) {
            	var k, v int
            	for k, v = range m {
            	}
            	keep = append(keep, func() int { return v + k })
            }

            func main() {}
            """",
            """"
            # command-line-arguments
            ./f.go:5:9: leaking param content: xs
            ./f.go:9:22: func literal escapes to heap
            ./f.go:12:9: xs does not escape
            ./f.go:19:9: leaking param content: m
            ./f.go:23:22: func literal escapes to heap
            """"),
        ["x1"] = (
            """"
            package main

            import (
            	"errors"
            	"fmt"
            )

            type task struct {
            	id   int
            	deps []*task
            	done bool
            	err  error
            }

            type sched struct {
            	tasks   map[int]*task
            	ready   chan *task
            	results []string
            }

            var errCycle = errors.New("cycle")

            func newSched(n int) *sched {
            	s := &sched{tasks: make(map[int]*task), ready: make(chan *task, n)}
            	for i := 0; i < n; i++ {
            		s.tasks[i] = &task{id: i}
            	}
            	return s
            }

            func (s *sched) dep(a, b int) {
            	ta, tb := s.tasks[a], s.tasks[b]
            	ta.deps = append(ta.deps, tb)
            }

            func visit(t *task, seen map[*task]bool, order *[]*task) error {
            	if seen[t] {
            		return errCycle
            	}
            	seen[t] = true
            	for _, d := range t.deps {
            		if err := visit(d, seen, order); err != nil {
            			return fmt.Errorf("task %d: %w", t.id, err)
            		}
            	}
            	*order = append(*order, t)
            	return nil
            }

            func (s *sched) run() error {
            	var order []*task
            	for _, t := range s.tasks {
            		if err := visit(t, map[*task]bool{}, &order); err != nil {
            			return err
            		}
            	}
            	go func() {
            		for _, t := range order {
            			s.ready <- t
            		}
            		close(s.ready)
            	}()
            	for t := range s.ready {
            		t.done = true
            		s.results = append(s.results, fmt.Sprintf("%d", t.id))
            	}
            	return nil
            }

            func main() {
            	s := newSched(3)
            	s.dep(0, 1)
            	s.dep(1, 2)
            	if err := s.run(); err != nil {
            		fmt.Println("error:", err)
            	}
            	fmt.Println(len(s.results))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:24:7: &sched{...} escapes to heap
            ./f.go:24:25: make(map[int]*task) escapes to heap
            ./f.go:26:16: &task{...} escapes to heap
            ./f.go:31:7: s does not escape
            ./f.go:36:12: leaking param: t
            ./f.go:36:21: seen does not escape
            ./f.go:36:42: leaking param content: order
            ./f.go:43:21: ... argument does not escape
            ./f.go:43:38: t.id escapes to heap
            ./f.go:50:7: leaking param: s
            ./f.go:51:6: moved to heap: order
            ./f.go:53:36: map[*task]bool{} does not escape
            ./f.go:57:5: func literal escapes to heap
            ./f.go:65:44: ... argument does not escape
            ./f.go:65:52: t.id escapes to heap
            ./f.go:75:14: ... argument does not escape
            ./f.go:75:15: "error:" escapes to heap
            ./f.go:77:13: ... argument does not escape
            ./f.go:77:17: len(s.results) escapes to heap
            """"),
        ["y2"] = (
            """"
            package main

            import "fmt"

            type list []*int
            type set map[string]bool

            func (l list) first() *int    { return l[0] }
            func (l *list) push(p *int)   { *l = append(*l, p) }
            func (s set) add(k string)    { s[k] = true }
            func (s set) has(k string) bool { return s[k] }

            func pair() (*int, string) {
            	x := 1
            	return &x, "s"
            }

            func take(p *int, s string) int { return *p + len(s) }


            func main() {
            	var l list
            	v := 3
            	l.push(&v)
            	s := set{}
            	s.add("a")
            	n := take(pair())
            	fmt.Println(*l.first(), s.has("a"), n)
            	p, q := pair()
            	fmt.Println(*p, q)
            }
            """",
            """"
            # command-line-arguments
            ./f.go:8:7: leaking param: l to result ~r0 level=1
            ./f.go:9:7: leaking param content: l
            ./f.go:9:21: leaking param: p
            ./f.go:10:7: s does not escape
            ./f.go:10:18: leaking param: k
            ./f.go:11:7: s does not escape
            ./f.go:11:18: k does not escape
            ./f.go:14:2: moved to heap: x
            ./f.go:18:11: p does not escape
            ./f.go:18:19: s does not escape
            ./f.go:23:2: moved to heap: v
            ./f.go:25:10: set{} does not escape
            ./f.go:28:13: ... argument does not escape
            ./f.go:28:14: *list.first(l) escapes to heap
            ./f.go:28:31: set.has(s, "a") escapes to heap
            ./f.go:28:38: n escapes to heap
            ./f.go:30:13: ... argument does not escape
            ./f.go:30:14: *p escapes to heap
            ./f.go:30:18: q escapes to heap
            """"),
        ["bd"] = (
            """"
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
            """",
            """"
            # command-line-arguments
            ./f.go:5:23: ch does not escape
            ./f.go:5:36: m does not escape
            ./f.go:5:55: leaking param: p
            ./f.go:12:18: r does not escape
            ./f.go:12:26: leaking param: s
            ./f.go:16:16: m does not escape
            ./f.go:16:37: leaking param: k
            ./f.go:16:40: leaking param: v
            ./f.go:20:16: xs does not escape
            ./f.go:20:27: leaking param: y
            ./f.go:22:23: []*rec{...} does not escape
            ./f.go:27:7: &rec{} escapes to heap
            ./f.go:28:38: map[string]*rec{} does not escape
            ./f.go:30:24: map[string]string{} does not escape
            """"),
        ["dv"] = (
            """"
            package main

            import "fmt"

            type speaker interface{ Speak() string }

            type cat struct{ name string }

            func (c *cat) Speak() string { return c.name }

            type dog struct{ name string }

            func (d dog) Speak() string { return d.name + "!" }

            type keeper struct{ last *cat }

            var k keeper

            func (c *cat) Keep() { k.last = c }

            type keeperI interface{ Keep() }

            func main() {
            	var s speaker = &cat{"tom"}
            	fmt.Println(s.Speak())
            	var t speaker = dog{"rex"}
            	println(t.Speak())
            	var ki keeperI = &cat{"kit"}
            	ki.Keep()
            	u := speaker(dog{"max"})
            	println(u.Speak())
            }
            """",
            """"
            # command-line-arguments
            ./f.go:25:21: devirtualizing s.Speak to *cat
            ./f.go:27:17: devirtualizing t.Speak to dog
            ./f.go:29:9: devirtualizing ki.Keep to *cat
            ./f.go:31:17: devirtualizing u.Speak to dog
            ./f.go:9:7: leaking param: c to result ~r0 level=1
            ./f.go:13:7: d does not escape
            ./f.go:13:45: d.name + "!" escapes to heap
            ./f.go:19:7: leaking param: c
            ./f.go:24:18: &cat{...} does not escape
            ./f.go:25:13: ... argument does not escape
            ./f.go:25:21: (*cat).Speak(s.(*cat)) escapes to heap
            ./f.go:26:21: dog{...} does not escape
            ./f.go:28:19: &cat{...} escapes to heap
            ./f.go:30:18: speaker(dog{...}) does not escape
            """"),
        ["cv"] = (
            """"
            package main

            import "fmt"

            type num int

            func box(x int) any { return any(x) }

            func pass(x any) {}

            func arith(a, b int, s, t string) {
            	fmt.Println(a+b, a*b-1, -a, s+t, num(a), float64(b)/2, a > b, len(s)+1)
            	pass(any(a))
            	var e error = fmt.Errorf("x")
            	pass(error(e))
            	fmt.Println(s[1:], t[0], []byte(s)[0], (a))
            }

            func main() {
            	fmt.Println(box(1))
            	arith(1, 2, "ab", "cd")
            }
            """",
            """"
            # command-line-arguments
            ./f.go:7:34: any(x) escapes to heap
            ./f.go:9:11: x does not escape
            ./f.go:11:22: leaking param: s
            ./f.go:11:25: t does not escape
            ./f.go:12:13: ... argument does not escape
            ./f.go:12:15: a + b escapes to heap
            ./f.go:12:22: a * b - 1 escapes to heap
            ./f.go:12:26: -a escapes to heap
            ./f.go:12:31: s + t escapes to heap
            ./f.go:12:31: s + t escapes to heap
            ./f.go:12:38: num(a) escapes to heap
            ./f.go:12:53: float64(b) / 2 escapes to heap
            ./f.go:12:59: a > b escapes to heap
            ./f.go:12:70: len(s) + 1 escapes to heap
            ./f.go:13:11: any(a) does not escape
            ./f.go:16:13: ... argument does not escape
            ./f.go:16:15: s[1:] escapes to heap
            ./f.go:16:22: t[0] escapes to heap
            ./f.go:16:36: ([]byte)(s)[0] escapes to heap
            ./f.go:16:34: ([]byte)(s) does not escape
            ./f.go:16:34: zero-copy string->[]byte conversion
            ./f.go:16:41: a escapes to heap
            ./f.go:20:13: ... argument does not escape
            """"),
        ["loop_concat"] = (
            """"
            package main

            func joinLen(parts []string) int {
            	r := ""
            	for _, p := range parts {
            		r = r + p
            	}
            	return len(r)
            }

            func mk(n int) int {
            	var s []int
            	for i := 0; i < n; i++ {
            		s = make([]int, 3)
            	}
            	return len(s)
            }

            func main() {
            	println(joinLen([]string{"a"}), mk(2))
            }
            """",
            """"
            # command-line-arguments
            ./f.go:3:14: parts does not escape
            ./f.go:6:9: r + p escapes to heap
            ./f.go:14:11: make([]int, 3) escapes to heap
            ./f.go:20:26: []string{...} does not escape
            """"),
    };

    public static IEnumerable<object[]> Names() => Programs.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Names))]
    public void MatchesGo(string name)
    {
        var (source, want) = Programs[name];
        var dir = Directory.CreateTempSubdirectory("minigo-esc");
        File.WriteAllText(Path.Combine(dir.FullName, "f.go"), source + "\n");
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = CommandLine.Run(["build", "-gcflags=-m -l", "f.go"], stdout, stderr, dir.FullName);
        Assert.True(rc == 0, $"exit status {rc}; stdout:\n{stdout}\nstderr:\n{stderr}");
        Assert.Equal(want == "" ? "" : want + "\n", stdout.ToString());
    }
}
