package main

import "fmt"

func pair() (int, int) { return 1, 2 }

func two(a, b int) int        { return a + b }
func one(a int, b ...int) int { return a }
func all(b ...int) int        { return 0 }
func ptrs() (*int, *int)      { return new(int), new(int) }
func keep(ps ...*int)         { sink = ps }

var sink []*int

func main() {
	fmt.Println(two(pair()))
	fmt.Println(one(pair()))
	fmt.Println(all(pair()))
	fmt.Println(pair())
	keep(ptrs())
}
