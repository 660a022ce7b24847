package main

// `return 42` assigns the named result x, so a closure that refers to x
// captures it by reference; when that closure outlives the call (here it
// is returned from the deferred function and then called), x moves to the
// heap. Go counts every return as an assignment of the named results, so
// a bare `return` has the same effect.

func assigned() (x int) {
	defer func() func() {
		return func() {
			println(x)
		}
	}()()
	return 42
}

func bare() (y int) {
	y = 1
	defer func() func() {
		return func() {
			println(y)
		}
	}()()
	return
}

func main() {
	println(assigned(), bare())
}
