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
