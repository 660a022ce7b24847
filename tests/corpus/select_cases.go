package main

import "fmt"

type msg struct {
	text string
	data *int
}

func pump(in chan *msg, out chan *int, quit chan bool) int {
	n := 0
	for {
		select {
		case m := <-in:
			out <- m.data
			n++
		case v, ok := <-out:
			if !ok {
				return n
			}
			_ = v
		case <-quit:
			return n
		}
	}
}

func trySend(c chan *int, x int) bool {
	p := &x
	select {
	case c <- p:
		return true
	default:
		return false
	}
}

func tryRecv(c chan []int) []int {
	var got []int
	select {
	case got = <-c:
	default:
		got = make([]int, 2)
	}
	return got
}

func first(a, b chan string) string {
	buf := make([]byte, 0, 8)
	select {
	case s := <-a:
		buf = append(buf, s...)
	case s := <-b:
		buf = append(buf, s...)
	}
	return string(buf)
}

func single(c chan *msg) {
	m := &msg{text: "x"}
	select {
	case c <- m:
	}
}

func loop(c chan int, done chan struct{}) (sum int) {
outer:
	for {
		select {
		case v := <-c:
			if v < 0 {
				break outer
			}
			sum += v
		case <-done:
			break outer
		}
	}
	return sum
}

func main() {
	c := make(chan *int, 1)
	fmt.Println(trySend(c, 3))
	fmt.Println(len(tryRecv(make(chan []int))))
	a := make(chan string, 1)
	a <- "hi"
	fmt.Println(first(a, make(chan string)))
	mc := make(chan *msg, 1)
	single(mc)
	ic := make(chan int, 2)
	ic <- 1
	ic <- -1
	fmt.Println(loop(ic, make(chan struct{})))
	in := make(chan *msg, 1)
	out := make(chan *int, 1)
	quit := make(chan bool, 1)
	quit <- true
	fmt.Println(pump(in, out, quit))
}
