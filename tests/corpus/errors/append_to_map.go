package main

func main() {
	ages := map[string]int{}
	ages = append(ages, 3)
	println(len(ages))
}
