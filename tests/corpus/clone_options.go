package main

import "fmt"

type config struct {
	name    string
	retries int
	opts    map[string]string
}

var defaults = &config{name: "default", retries: 3}
var all []*config
var byName = map[string]*config{}

func clone(c *config) *config {
	cp := *c
	return &cp
}

func setName(c *config, n string) {
	c.name = n
}

func register(c *config) {
	all = append(all, c)
	byName[c.name] = c
}

func withOpt(c config, k, v string) config {
	if c.opts == nil {
		c.opts = map[string]string{}
	}
	c.opts[k] = v
	return c
}

func lookup(name string) *config {
	if c, ok := byName[name]; ok {
		return c
	}
	return defaults
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative: %d", n))
	}
	return n
}

func main() {
	c := clone(defaults)
	setName(c, "copy")
	register(c)
	local := config{name: "local"}
	setName(&local, "l2")
	w := withOpt(local, "a", "b")
	fmt.Println(lookup("copy").name, w.opts["a"], local.name)
	q, err := safeDiv(1, 0)
	fmt.Println(q, err, mustPositive(3))
	var p ***config
	pc := &c
	p = &pc
	fmt.Println((**p).name)
}
