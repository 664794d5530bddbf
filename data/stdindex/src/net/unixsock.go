package net

import (
	"context"
	"os"
	"sync"
	"syscall"
	"time"
)

type UnixAddr struct {
	Name string
	Net  string
}

func (a *UnixAddr) Network() string

func (a *UnixAddr) String() string

func (a *UnixAddr) isWildcard() bool

func (a *UnixAddr) opAddr() Addr

func ResolveUnixAddr(network, address string) (*UnixAddr, error)

type UnixConn struct {
	conn
}

func (c *UnixConn) SyscallConn() (syscall.RawConn, error)

func (c *UnixConn) CloseRead() error

func (c *UnixConn) CloseWrite() error

func (c *UnixConn) ReadFromUnix(b []byte) (int, *UnixAddr, error)

func (c *UnixConn) ReadFrom(b []byte) (int, Addr, error)

func (c *UnixConn) ReadMsgUnix(b, oob []byte) (n, oobn, flags int, addr *UnixAddr, err error)

func (c *UnixConn) WriteToUnix(b []byte, addr *UnixAddr) (int, error)

func (c *UnixConn) WriteTo(b []byte, addr Addr) (int, error)

func (c *UnixConn) WriteMsgUnix(b, oob []byte, addr *UnixAddr) (n, oobn int, err error)

func newUnixConn(fd *netFD) *UnixConn

func DialUnix(network string, laddr, raddr *UnixAddr) (*UnixConn, error)

func dialUnix(ctx context.Context, dialer *Dialer, network string, laddr, raddr *UnixAddr) (*UnixConn, error)

type UnixListener struct {
	fd         *netFD
	path       string
	unlink     bool
	unlinkOnce sync.Once
}

func (ln *UnixListener) ok() bool

func (l *UnixListener) SyscallConn() (syscall.RawConn, error)

func (l *UnixListener) AcceptUnix() (*UnixConn, error)

func (l *UnixListener) Accept() (Conn, error)

func (l *UnixListener) Close() error

func (l *UnixListener) Addr() Addr

func (l *UnixListener) SetDeadline(t time.Time) error

func (l *UnixListener) File() (f *os.File, err error)

func ListenUnix(network string, laddr *UnixAddr) (*UnixListener, error)

func ListenUnixgram(network string, laddr *UnixAddr) (*UnixConn, error)
