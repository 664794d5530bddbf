package net

import (
	"errors"
	"internal/bytealg"
	"internal/godebug"
	"internal/stringslite"
	"io/fs"
	"os"
	"runtime"
	"sync"
)

type conf struct {
	netGo  bool 
	netCgo bool 
	dnsDebugLevel int 
	preferCgo bool 
	goos     string   
	mdnsTest mdnsTest 
}

type mdnsTest int

const (
	mdnsFromSystem mdnsTest = iota
	mdnsAssumeExists
	mdnsAssumeDoesNotExist
)

var (
	confOnce sync.Once 
	confVal  = &conf{goos: runtime.GOOS}
)

func systemConf() *conf

func initConfVal()

func goosPrefersCgo() bool

func (c *conf) mustUseGoResolver(r *Resolver) bool

func (c *conf) addrLookupOrder(r *Resolver, addr string) (ret hostLookupOrder, dnsConf *dnsConfig)

func (c *conf) hostLookupOrder(r *Resolver, hostname string) (ret hostLookupOrder, dnsConf *dnsConfig)

func (c *conf) lookupOrder(r *Resolver, hostname string) (ret hostLookupOrder, dnsConf *dnsConfig)

var netdns = godebug.New("netdns")

func goDebugNetDNS() (dnsMode string, debugLevel int)

func isLocalhost(h string) bool

func isGateway(h string) bool

func isOutbound(h string) bool
