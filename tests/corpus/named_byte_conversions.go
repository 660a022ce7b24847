package main

// Conversions with named byte and rune types: Go converts a []MyByte to
// []byte before making a string (and prints that conversion), folds
// []MyRune("const") into a slice literal, and treats []MyByte("const")
// like []byte("const") (zero-copy when it does not escape).

type MyByte byte
type MyRune rune

func main() {
	var y []MyByte
	_ = string(y)
	var z []MyRune
	_ = string(z)
	_ = []MyByte("world")
	_ = []MyRune("héllo")
	_ = []MyRune("")
}
