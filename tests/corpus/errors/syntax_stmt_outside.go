package main

println(1)

func main() {}
