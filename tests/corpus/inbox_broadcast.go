package main

import "fmt"

type msg struct {
	from, text string
	to         []string
}

type inbox struct {
	msgs []*msg
	seen map[*msg]bool
}

func newInbox() *inbox {
	return &inbox{seen: map[*msg]bool{}}
}

func (b *inbox) deliver(m *msg) {
	b.msgs = append(b.msgs, m)
}

func (b *inbox) markSeen(m *msg) {
	b.seen[m] = true
}

func (b *inbox) unread() []*msg {
	var out []*msg
	for _, m := range b.msgs {
		if !b.seen[m] {
			out = append(out, m)
		}
	}
	return out
}

func format(m *msg) string {
	s := m.from + ": " + m.text
	if len(m.to) > 0 {
		s += " (to " + fmt.Sprint(len(m.to)) + ")"
	}
	return s
}

func broadcast(b *inbox, from string, texts []string) {
	for _, t := range texts {
		b.deliver(&msg{from: from, text: t})
	}
}

func main() {
	b := newInbox()
	broadcast(b, "bob", []string{"hi", "yo"})
	m := &msg{from: "amy", text: "hey", to: []string{"x"}}
	b.deliver(m)
	b.markSeen(m)
	for _, u := range b.unread() {
		fmt.Println(format(u))
	}
	local := msg{from: "me", text: "note"}
	fmt.Println(format(&local))
}
