package net

import (
	"context"
	"net/netip"
	"syscall"
)

func ipAddrFromAddr(addr netip.Addr) *IPAddr

type IPAddr struct {
	IP   IP
	Zone string 
}

func (a *IPAddr) Network() string

func (a *IPAddr) String() string

func (a *IPAddr) isWildcard() bool

func (a *IPAddr) opAddr() Addr

func ResolveIPAddr(network, address string) (*IPAddr, error)

type IPConn struct {
	conn
}

func (c *IPConn) SyscallConn() (syscall.RawConn, error)

func (c *IPConn) ReadFromIP(b []byte) (int, *IPAddr, error)

func (c *IPConn) ReadFrom(b []byte) (int, Addr, error)

func (c *IPConn) ReadMsgIP(b, oob []byte) (n, oobn, flags int, addr *IPAddr, err error)

func (c *IPConn) WriteToIP(b []byte, addr *IPAddr) (int, error)

func (c *IPConn) WriteTo(b []byte, addr Addr) (int, error)

func (c *IPConn) WriteMsgIP(b, oob []byte, addr *IPAddr) (n, oobn int, err error)

func newIPConn(fd *netFD) *IPConn

func DialIP(network string, laddr, raddr *IPAddr) (*IPConn, error)

func dialIP(ctx context.Context, dialer *Dialer, network string, laddr, raddr *IPAddr) (*IPConn, error)

func ListenIP(network string, laddr *IPAddr) (*IPConn, error)
