package main

func main() {
	c := make(chan int)
	var x int
	select {
	case x + 1:
	case c <- "s":
	case v := <-c:
	case y, ok := <-c:
		_ = ok
	default:
	default:
	}
	for {
		select {
		case <-c:
			break
		}
	}
}
