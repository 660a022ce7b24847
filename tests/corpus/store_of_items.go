package main

import "fmt"

type item struct {
	name  string
	price int
	tags  []string
}

type store struct {
	items map[string]*item
	log   []string
}

func newStore() *store {
	return &store{items: make(map[string]*item)}
}

func (s *store) add(name string, price int, tags []string) *item {
	it := &item{name: name, price: price, tags: tags}
	s.items[name] = it
	s.log = append(s.log, "add "+name)
	return it
}

func (s *store) get(name string) (*item, bool) {
	it, ok := s.items[name]
	return it, ok
}

func (s *store) total() (sum int) {
	for _, it := range s.items {
		sum += it.price
	}
	return sum
}

func cheapest(items []*item) *item {
	var best *item
	for _, it := range items {
		if best == nil || it.price < best.price {
			best = it
		}
	}
	return best
}

func describe(it *item) string {
	return fmt.Sprintf("%s=%d", it.name, it.price)
}

func byTag(s *store, tag string) []*item {
	var out []*item
	for _, it := range s.items {
		for _, t := range it.tags {
			if t == tag {
				out = append(out, it)
			}
		}
	}
	return out
}

func main() {
	s := newStore()
	s.add("apple", 3, []string{"fruit", "red"})
	s.add("pear", 4, nil)
	s.add("kale", 2, nil)
	if it, ok := s.get("pear"); ok {
		fmt.Println(describe(it))
	}
	fr := byTag(s, "fruit")
	c := cheapest(fr)
	fmt.Println(c.name, s.total(), len(s.log))
	tmp := item{name: "tmp"}
	fmt.Println(describe(&tmp))
}
