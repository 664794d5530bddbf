package net

import (
	"context"
	"net/netip"
	"syscall"
)

func sockaddrToUDP(sa syscall.Sockaddr) Addr

func (a *UDPAddr) family() int

func (a *UDPAddr) sockaddr(family int) (syscall.Sockaddr, error)

func (a *UDPAddr) toLocal(net string) sockaddr

func (c *UDPConn) readFrom(b []byte, addr *UDPAddr) (int, *UDPAddr, error)

func (c *UDPConn) readFromAddrPort(b []byte) (n int, addr netip.AddrPort, err error)

func (c *UDPConn) readMsg(b, oob []byte) (n, oobn, flags int, addr netip.AddrPort, err error)

func (c *UDPConn) writeTo(b []byte, addr *UDPAddr) (int, error)

func (c *UDPConn) writeToAddrPort(b []byte, addr netip.AddrPort) (int, error)

func (c *UDPConn) writeMsg(b, oob []byte, addr *UDPAddr) (n, oobn int, err error)

func (c *UDPConn) writeMsgAddrPort(b, oob []byte, addr netip.AddrPort) (n, oobn int, err error)

func (sd *sysDialer) dialUDP(ctx context.Context, laddr, raddr *UDPAddr) (*UDPConn, error)

func (sl *sysListener) listenUDP(ctx context.Context, laddr *UDPAddr) (*UDPConn, error)

func (sl *sysListener) listenMulticastUDP(ctx context.Context, ifi *Interface, gaddr *UDPAddr) (*UDPConn, error)

func listenIPv4MulticastUDP(c *UDPConn, ifi *Interface, ip IP) error

func listenIPv6MulticastUDP(c *UDPConn, ifi *Interface, ip IP) error
