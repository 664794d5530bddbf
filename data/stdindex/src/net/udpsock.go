package net

import (
	"context"
	"internal/strconv"
	"net/netip"
	"syscall"
)

type UDPAddr struct {
	IP   IP
	Port int
	Zone string 
}

func (a *UDPAddr) AddrPort() netip.AddrPort

func (a *UDPAddr) Network() string

func (a *UDPAddr) String() string

func (a *UDPAddr) isWildcard() bool

func (a *UDPAddr) opAddr() Addr

func ResolveUDPAddr(network, address string) (*UDPAddr, error)

func UDPAddrFromAddrPort(addr netip.AddrPort) *UDPAddr

type addrPortUDPAddr struct {
	netip.AddrPort
}

func (addrPortUDPAddr) Network() string

type UDPConn struct {
	conn
}

func (c *UDPConn) SyscallConn() (syscall.RawConn, error)

func (c *UDPConn) ReadFromUDP(b []byte) (n int, addr *UDPAddr, err error)

func (c *UDPConn) readFromUDP(b []byte, addr *UDPAddr) (int, *UDPAddr, error)

func (c *UDPConn) ReadFrom(b []byte) (int, Addr, error)

func (c *UDPConn) ReadFromUDPAddrPort(b []byte) (n int, addr netip.AddrPort, err error)

func (c *UDPConn) ReadMsgUDP(b, oob []byte) (n, oobn, flags int, addr *UDPAddr, err error)

func (c *UDPConn) ReadMsgUDPAddrPort(b, oob []byte) (n, oobn, flags int, addr netip.AddrPort, err error)

func (c *UDPConn) WriteToUDP(b []byte, addr *UDPAddr) (int, error)

func (c *UDPConn) WriteToUDPAddrPort(b []byte, addr netip.AddrPort) (int, error)

func (c *UDPConn) WriteTo(b []byte, addr Addr) (int, error)

func (c *UDPConn) WriteMsgUDP(b, oob []byte, addr *UDPAddr) (n, oobn int, err error)

func (c *UDPConn) WriteMsgUDPAddrPort(b, oob []byte, addr netip.AddrPort) (n, oobn int, err error)

func newUDPConn(fd *netFD) *UDPConn

func DialUDP(network string, laddr, raddr *UDPAddr) (*UDPConn, error)

func dialUDP(ctx context.Context, dialer *Dialer, network string, laddr, raddr *UDPAddr) (*UDPConn, error)

func ListenUDP(network string, laddr *UDPAddr) (*UDPConn, error)

func ListenMulticastUDP(network string, ifi *Interface, gaddr *UDPAddr) (*UDPConn, error)
