package main

// aÿþb
// í €
func main() {}
