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
