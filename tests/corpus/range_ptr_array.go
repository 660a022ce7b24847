package main

// Ranging over a pointer to an array reads the elements through the
// pointer (like a slice), while ranging over an array value copies it.

type B struct {
	b [2]*uint64
}

func viaPointer(a *B) *uint64 {
	p := &a.b
	for i, x := range p {
		if i == 0 {
			return x
		}
	}
	return nil
}

func byValue(a B) *uint64 {
	for i, x := range a.b {
		if i == 0 {
			return x
		}
	}
	return nil
}

func main() {
	var b1, b2 B
	x1, x2 := uint64(1), uint64(2)
	b1.b[0] = &x1
	b2.b[0] = &x2
	println(viaPointer(&b1) != nil, byValue(b2) != nil)
}
