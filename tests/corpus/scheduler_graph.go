package main

import (
	"errors"
	"fmt"
)

type task struct {
	id   int
	deps []*task
	done bool
	err  error
}

type sched struct {
	tasks   map[int]*task
	ready   chan *task
	results []string
}

var errCycle = errors.New("cycle")

func newSched(n int) *sched {
	s := &sched{tasks: make(map[int]*task), ready: make(chan *task, n)}
	for i := 0; i < n; i++ {
		s.tasks[i] = &task{id: i}
	}
	return s
}

func (s *sched) dep(a, b int) {
	ta, tb := s.tasks[a], s.tasks[b]
	ta.deps = append(ta.deps, tb)
}

func visit(t *task, seen map[*task]bool, order *[]*task) error {
	if seen[t] {
		return errCycle
	}
	seen[t] = true
	for _, d := range t.deps {
		if err := visit(d, seen, order); err != nil {
			return fmt.Errorf("task %d: %w", t.id, err)
		}
	}
	*order = append(*order, t)
	return nil
}

func (s *sched) run() error {
	var order []*task
	for _, t := range s.tasks {
		if err := visit(t, map[*task]bool{}, &order); err != nil {
			return err
		}
	}
	go func() {
		for _, t := range order {
			s.ready <- t
		}
		close(s.ready)
	}()
	for t := range s.ready {
		t.done = true
		s.results = append(s.results, fmt.Sprintf("%d", t.id))
	}
	return nil
}

func main() {
	s := newSched(3)
	s.dep(0, 1)
	s.dep(1, 2)
	if err := s.run(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(len(s.results))
}
