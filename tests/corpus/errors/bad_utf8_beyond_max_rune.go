package main

var s = "ô€€ øˆ€€€"

func main() { _ = s }
