package net

import (
	"cmp"
	"internal/bytealg"
	"internal/strconv"
	"slices"
	_ "unsafe" 
	"golang.org/x/net/dns/dnsmessage"
)

func runtime_rand() uint64

func randInt() int

func randIntn(n int) int

func reverseaddr(addr string) (arpa string, err error)

func equalASCIIName(x, y dnsmessage.Name) bool

func isDomainName(s string) bool

func absDomainName(s string) string

type SRV struct {
	Target   string
	Port     uint16
	Priority uint16
	Weight   uint16
}

type byPriorityWeight []*SRV

func (addrs byPriorityWeight) shuffleByWeight()

func (addrs byPriorityWeight) sort()

type MX struct {
	Host string
	Pref uint16
}

type byPref []*MX

func (s byPref) sort()

type NS struct {
	Host string
}
