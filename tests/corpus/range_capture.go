package main

var keep []func() int

func rs(s string) {
	for _, r := range s {
		keep = append(keep, func() int { return int(r) })
	}
}

func ri(xs []int) {
	for i, x := range xs {
		keep = append(keep, func() int { return x + i })
	}
}

func rm(m map[string]int) {
	for k, v := range m {
		keep = append(keep, func() int { return v + len(k) })
	}
}

func ra(a [3]int) {
	for _, x := range a {
		keep = append(keep, func() int { return x })
	}
}

func main() {}
