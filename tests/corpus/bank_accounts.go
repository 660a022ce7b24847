package main

import "fmt"

type acct struct {
	bal   int
	owner *string
	hist  []int
}

var accounts []*acct

func (a *acct) deposit(n int)      { a.bal += n; a.hist = append(a.hist, n) }
func (a *acct) register()          { accounts = append(accounts, a) }
func (a acct) balance() int        { return a.bal }
func (a *acct) ownerName() *string { return a.owner }
func (a acct) copyOwner() *string  { return a.owner }

func main() {
	name := "ann"
	var a acct
	a.owner = &name
	a.deposit(5)
	var b acct
	b.register()
	pa := &acct{}
	fmt.Println(a.balance(), pa.balance(), *a.ownerName(), a.copyOwner() == nil)
	ch := make(chan chan *acct, 1)
	inner := make(chan *acct, 1)
	ch <- inner
	inner <- pa
	got := <-<-ch
	fmt.Println(got.bal)
}
