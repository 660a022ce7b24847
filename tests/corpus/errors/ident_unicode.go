package main

// Go's scanner takes every non-ASCII character into an identifier, then reports
// the ones that are not letters (and a digit first).

var été = 1 // a letter: fine
var € = 2
var ٣a = 3
var b·c = 4
var �q = 5
var x٣ = 6 // a digit after the first character: fine

func main() {
	println(été, x٣)
}
