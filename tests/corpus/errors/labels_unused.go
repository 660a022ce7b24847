package main

func f(x int) int {
Unused:
	for i := 0; i < x; i++ {
		if i > 2 {
			goto Missing
		}
	}
Block:
	{
		break Block
	}
Sw:
	switch x {
	case 1:
		continue Sw
	}
	for {
		continue Nowhere
	}
}

func g() int {
L:
	for {
		for {
			break L
		}
	}
}

func h() int {
L:
	for {
		goto L
	}
}

func main() {
	f(1)
	g()
	h()
}
