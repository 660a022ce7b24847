package main

var r = 'À€'
var q = 'í €'

func main() { _, _ = r, q }
