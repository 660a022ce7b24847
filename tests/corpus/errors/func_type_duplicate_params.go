package main

// Parameter and result names of a function type without a body must differ too
// (Go's test/funcdup2.go and test/fixedbugs/bug342.go).
var T interface {
	F1(i int) (i int)
	F2(i, i int)
}

var T1 func(i, i int)
var T2 func() (i, i int)

func main() {}
