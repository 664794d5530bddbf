package net

import (
	"errors"
	"internal/bytealg"
	"io/fs"
	"net/netip"
	"sync"
	"time"
)

const cacheMaxAge = 5 * time.Second

func parseLiteralIP(addr string) string

type byName struct {
	addrs         []string
	canonicalName string
}

var hosts struct {
	sync.Mutex
	byName map[string]byName
	byAddr map[string][]string
	expire time.Time
	path   string
	mtime  time.Time
	size   int64
}

func readHosts()

func lookupStaticHost(host string) ([]string, string)

func lookupStaticAddr(addr string) []string
