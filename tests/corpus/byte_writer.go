package main

type buf struct {
	data []byte
	pos  int
}

func (b *buf) write(p []byte) int {
	b.data = append(b.data, p...)
	return len(p)
}

func (b *buf) writeString(s string) {
	b.data = append(b.data, s...)
}

func (b *buf) bytes() []byte { return b.data }

func (b buf) String() string { return string(b.data) }

func joinWith(sep string, xs []string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out = out + sep
		}
		out = out + x
	}
	return out
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func header(name string) []byte {
	h := make([]byte, 0, 64)
	h = append(h, "name: "...)
	h = append(h, name...)
	return h
}

func main() {
	var b buf
	b.write([]byte("hi"))
	b.writeString(" there")
	out := b.bytes()
	println(len(out), b.String(), joinWith(",", []string{"a", "b"}), reverse("abc"), len(header("x")))
	arr := [4]int{1, 2, 3, 4}
	s := arr[:2]
	s = append(s, 9)
	println(arr[2], len(s))
}
