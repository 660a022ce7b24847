package main

type buf struct {
	b []byte
}

func (b *buf) trim() {
	b.b = b.b[1:]
}

func main() {
	b := &buf{}
	b.trim()
}
