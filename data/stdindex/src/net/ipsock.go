package net

import (
	"context"
	"internal/bytealg"
	"runtime"
	"sync"
	_ "unsafe" 
)

type ipStackCapabilities struct {
	sync.Once             
	ipv4Enabled           bool
	ipv6Enabled           bool
	ipv4MappedIPv6Enabled bool
}

var ipStackCaps ipStackCapabilities

func supportsIPv4() bool

func supportsIPv6() bool

func supportsIPv4map() bool

type addrList []Addr

func isIPv4(addr Addr) bool

func isNotIPv4(addr Addr) bool

func (addrs addrList) forResolve(network, addr string) Addr

func (addrs addrList) first(strategy func(Addr) bool) Addr

func (addrs addrList) partition(strategy func(Addr) bool) (primaries, fallbacks addrList)

func filterAddrList(filter func(IPAddr) bool, ips []IPAddr, inetaddr func(IPAddr) Addr, originalAddr string) (addrList, error)

func ipv4only(addr IPAddr) bool

func ipv6only(addr IPAddr) bool

func SplitHostPort(hostport string) (host, port string, err error)

func splitHostZone(s string) (host, zone string)

func JoinHostPort(host, port string) string

func (r *Resolver) internetAddrList(ctx context.Context, net, addr string) (addrList, error)

func loopbackIP(net string) IP
