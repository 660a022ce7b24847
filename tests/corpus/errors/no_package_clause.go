func main(){}
