package main

func main() {}

// aÿb
