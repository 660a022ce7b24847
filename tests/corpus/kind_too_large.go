package main

func main() {
	p := new([100000]byte)
	p[0] = 1
	b := make([]byte, 131072)
	b[0] = 1
}
