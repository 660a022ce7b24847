package main

// Control flow the corpus does not cover: switch statements, nested ifs,
// && and ||, an infinite loop, a terminating statement followed by dead code.

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80 && n < 90:
		return "B"
	}
	return "C"
}

func weekday(d int) (name string) {
	switch d {
	case 0, 6:
		name = "weekend"
	case 3:
		name = "midweek"
		fallthrough
	default:
		name += "day"
	}
	return
}

func classify(x, y int) int {
	r := 0
	if x > 0 {
		if y > 0 {
			r = 1
		} else {
			r = 2
		}
	} else if x < 0 || y < 0 {
		r = 3
	}
	return r
}

func firstNeg(xs []int) int {
	i := 0
	for {
		if xs[i] < 0 {
			return i
		}
		i++
	}
}

func dead() *int {
	return nil
	w := 4
	return &w
}

func main() {
	println(grade(85), weekday(3), classify(1, -1), firstNeg([]int{1, -2}), dead(), sameConst(true))
}

// sameConst: both branches give x the same constant; the phi is trivial and removed.
func sameConst(c bool) int {
	x := 0
	if c {
		x = 0
	}
	return x
}
