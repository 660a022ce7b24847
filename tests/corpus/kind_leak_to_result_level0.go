package main

func f(p *int) *int { return p }

func main() { _ = f(nil) }
