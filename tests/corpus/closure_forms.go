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
