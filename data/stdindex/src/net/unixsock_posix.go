package net

import (
	"context"
	"errors"
	"os"
	"syscall"
)

func unixSocket(ctx context.Context, net string, laddr, raddr sockaddr, mode string, ctxCtrlFn func(context.Context, string, string, syscall.RawConn) error) (*netFD, error)

func sockaddrToUnix(sa syscall.Sockaddr) Addr

func sockaddrToUnixgram(sa syscall.Sockaddr) Addr

func sockaddrToUnixpacket(sa syscall.Sockaddr) Addr

func sotypeToNet(sotype int) string

func (a *UnixAddr) family() int

func (a *UnixAddr) sockaddr(family int) (syscall.Sockaddr, error)

func (a *UnixAddr) toLocal(net string) sockaddr

func (c *UnixConn) readFrom(b []byte) (int, *UnixAddr, error)

func (c *UnixConn) readMsg(b, oob []byte) (n, oobn, flags int, addr *UnixAddr, err error)

func (c *UnixConn) writeTo(b []byte, addr *UnixAddr) (int, error)

func (c *UnixConn) writeMsg(b, oob []byte, addr *UnixAddr) (n, oobn int, err error)

func (sd *sysDialer) dialUnix(ctx context.Context, laddr, raddr *UnixAddr) (*UnixConn, error)

func (ln *UnixListener) accept() (*UnixConn, error)

func (ln *UnixListener) close() error

func (ln *UnixListener) file() (*os.File, error)

func (l *UnixListener) SetUnlinkOnClose(unlink bool)

func (sl *sysListener) listenUnix(ctx context.Context, laddr *UnixAddr) (*UnixListener, error)

func (sl *sysListener) listenUnixgram(ctx context.Context, laddr *UnixAddr) (*UnixConn, error)
