package net

import (
	"context"
	"internal/poll"
	"net/netip"
	"runtime"
	"syscall"
	_ "unsafe" 
)

func (p *ipStackCapabilities) probe()

func favoriteAddrFamily(network string, laddr, raddr sockaddr, mode string) (family int, ipv6only bool)

func internetSocket(ctx context.Context, net string, laddr, raddr sockaddr, sotype, proto int, mode string, ctrlCtxFn func(context.Context, string, string, syscall.RawConn) error) (fd *netFD, err error)

func ipToSockaddrInet4(ip IP, port int) (syscall.SockaddrInet4, error)

func ipToSockaddrInet6(ip IP, port int, zone string) (syscall.SockaddrInet6, error)

func ipToSockaddr(family int, ip IP, port int, zone string) (syscall.Sockaddr, error)

func addrPortToSockaddrInet4(ap netip.AddrPort) (syscall.SockaddrInet4, error)

func addrPortToSockaddrInet6(ap netip.AddrPort) (syscall.SockaddrInet6, error)
