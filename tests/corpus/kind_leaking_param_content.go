package main

var sink *int

func f(p **int) { sink = *p }

func main() { f(nil) }
