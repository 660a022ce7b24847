package main

var s = "aÿb"

func main() { _ = s }
