package main

// A map with interface keys boxes each key: Go reports the key expression
// (z, 17), not the index expression m[z].

func main() {
	m := map[any]int{}
	z := 3
	m[z] = 1
	m[17] = 2
	_ = m[z]
	v, ok := m[z]
	delete(m, z)
	println(v, ok)
}
