package main

type t struct{}

func (p *t) m() {}

func get() t { return t{} }

func main() {
	get().m()
}
