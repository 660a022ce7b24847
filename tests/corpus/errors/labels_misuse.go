package main

func f() {
	var s string = 1
L:
	for {
		break M
	}
	goto N
	x := 1
N:
	_ = x
	if true {
	In:
		_ = 0
	}
	goto In
	for {
		continue L
	}
	{
	L:
	}
K:
	if true {
		break K
	}
}

func main() {}
