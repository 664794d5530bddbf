package net

import (
	"context"
	"syscall"
)

func sockaddrToIP(sa syscall.Sockaddr) Addr

func (a *IPAddr) family() int

func (a *IPAddr) sockaddr(family int) (syscall.Sockaddr, error)

func (a *IPAddr) toLocal(net string) sockaddr

func (c *IPConn) readFrom(b []byte) (int, *IPAddr, error)

func stripIPv4Header(n int, b []byte) int

func (c *IPConn) readMsg(b, oob []byte) (n, oobn, flags int, addr *IPAddr, err error)

func (c *IPConn) writeTo(b []byte, addr *IPAddr) (int, error)

func (c *IPConn) writeMsg(b, oob []byte, addr *IPAddr) (n, oobn int, err error)

func (sd *sysDialer) dialIP(ctx context.Context, laddr, raddr *IPAddr) (*IPConn, error)

func (sl *sysListener) listenIP(ctx context.Context, laddr *IPAddr) (*IPConn, error)
