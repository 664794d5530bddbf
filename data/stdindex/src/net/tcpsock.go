package net

import (
	"context"
	"internal/strconv"
	"io"
	"net/netip"
	"os"
	"syscall"
	"time"
)

type TCPAddr struct {
	IP   IP
	Port int
	Zone string 
}

func (a *TCPAddr) AddrPort() netip.AddrPort

func (a *TCPAddr) Network() string

func (a *TCPAddr) String() string

func (a *TCPAddr) isWildcard() bool

func (a *TCPAddr) opAddr() Addr

func ResolveTCPAddr(network, address string) (*TCPAddr, error)

func TCPAddrFromAddrPort(addr netip.AddrPort) *TCPAddr

type TCPConn struct {
	conn
}

type KeepAliveConfig struct {
	Enable bool
	Idle time.Duration
	Interval time.Duration
	Count int
}

func (c *TCPConn) SyscallConn() (syscall.RawConn, error)

func (c *TCPConn) ReadFrom(r io.Reader) (int64, error)

func (c *TCPConn) WriteTo(w io.Writer) (int64, error)

func (c *TCPConn) CloseRead() error

func (c *TCPConn) CloseWrite() error

func (c *TCPConn) SetLinger(sec int) error

func (c *TCPConn) SetKeepAlive(keepalive bool) error

func (c *TCPConn) SetKeepAlivePeriod(d time.Duration) error

func (c *TCPConn) SetNoDelay(noDelay bool) error

func (c *TCPConn) MultipathTCP() (bool, error)

func newTCPConn(fd *netFD, keepAliveIdle time.Duration, keepAliveCfg KeepAliveConfig, preKeepAliveHook func(*netFD), keepAliveHook func(KeepAliveConfig)) *TCPConn

func DialTCP(network string, laddr, raddr *TCPAddr) (*TCPConn, error)

func dialTCP(ctx context.Context, dialer *Dialer, network string, laddr, raddr *TCPAddr) (*TCPConn, error)

type TCPListener struct {
	fd *netFD
	lc ListenConfig
}

func (l *TCPListener) SyscallConn() (syscall.RawConn, error)

func (l *TCPListener) AcceptTCP() (*TCPConn, error)

func (l *TCPListener) Accept() (Conn, error)

func (l *TCPListener) Close() error

func (l *TCPListener) Addr() Addr

func (l *TCPListener) SetDeadline(t time.Time) error

func (l *TCPListener) File() (f *os.File, err error)

func ListenTCP(network string, laddr *TCPAddr) (*TCPListener, error)

func roundDurationUp(d time.Duration, to time.Duration) time.Duration
