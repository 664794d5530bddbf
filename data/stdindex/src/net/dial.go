package net

import (
	"context"
	"internal/bytealg"
	"internal/godebug"
	"internal/nettrace"
	"net/netip"
	"syscall"
	"time"
)

const (
	defaultTCPKeepAliveIdle = 15 * time.Second
	defaultTCPKeepAliveInterval = 15 * time.Second
	defaultTCPKeepAliveCount = 9
	defaultMPTCPEnabledListen = true
	defaultMPTCPEnabledDial   = false
)

var multipathtcp = godebug.New("multipathtcp")

type mptcpStatusDial uint8

const (
	mptcpUseDefaultDial mptcpStatusDial = iota
	mptcpEnabledDial
	mptcpDisabledDial
)

func (m *mptcpStatusDial) get() bool

func (m *mptcpStatusDial) set(use bool)

type mptcpStatusListen uint8

const (
	mptcpUseDefaultListen mptcpStatusListen = iota
	mptcpEnabledListen
	mptcpDisabledListen
)

func (m *mptcpStatusListen) get() bool

func (m *mptcpStatusListen) set(use bool)

type Dialer struct {
	Timeout time.Duration
	Deadline time.Time
	LocalAddr Addr
	DualStack bool
	FallbackDelay time.Duration
	KeepAlive time.Duration
	KeepAliveConfig KeepAliveConfig
	Resolver *Resolver
	Cancel <-chan struct{}
	Control func(network, address string, c syscall.RawConn) error
	ControlContext func(ctx context.Context, network, address string, c syscall.RawConn) error
	mptcpStatus mptcpStatusDial
}

func (d *Dialer) dualStack() bool

func minNonzeroTime(a, b time.Time) time.Time

func (d *Dialer) deadline(ctx context.Context, now time.Time) (earliest time.Time)

func (d *Dialer) resolver() *Resolver

func partialDeadline(now, deadline time.Time, addrsRemaining int) (time.Time, error)

func (d *Dialer) fallbackDelay() time.Duration

func parseNetwork(ctx context.Context, network string, needsProto bool) (afnet string, proto int, err error)

func (r *Resolver) resolveAddrList(ctx context.Context, op, network, addr string, hint Addr) (addrList, error)

func (d *Dialer) MultipathTCP() bool

func (d *Dialer) SetMultipathTCP(use bool)

func Dial(network, address string) (Conn, error)

func DialTimeout(network, address string, timeout time.Duration) (Conn, error)

type sysDialer struct {
	Dialer
	network, address string
	testHookDialTCP  func(ctx context.Context, net string, laddr, raddr *TCPAddr) (*TCPConn, error)
}

func (d *Dialer) Dial(network, address string) (Conn, error)

func (d *Dialer) DialContext(ctx context.Context, network, address string) (Conn, error)

func (d *Dialer) dialCtx(ctx context.Context) (context.Context, context.CancelFunc)

func (d *Dialer) DialTCP(ctx context.Context, network string, laddr netip.AddrPort, raddr netip.AddrPort) (*TCPConn, error)

func (d *Dialer) DialUDP(ctx context.Context, network string, laddr netip.AddrPort, raddr netip.AddrPort) (*UDPConn, error)

func (d *Dialer) DialIP(ctx context.Context, network string, laddr netip.Addr, raddr netip.Addr) (*IPConn, error)

func (d *Dialer) DialUnix(ctx context.Context, network string, laddr *UnixAddr, raddr *UnixAddr) (*UnixConn, error)

func (sd *sysDialer) dialParallel(ctx context.Context, primaries, fallbacks addrList) (Conn, error)

func (sd *sysDialer) dialSerial(ctx context.Context, ras addrList) (Conn, error)

func (sd *sysDialer) dialSingle(ctx context.Context, ra Addr) (c Conn, err error)

type ListenConfig struct {
	Control func(network, address string, c syscall.RawConn) error
	KeepAlive time.Duration
	KeepAliveConfig KeepAliveConfig
	mptcpStatus mptcpStatusListen
}

func (lc *ListenConfig) MultipathTCP() bool

func (lc *ListenConfig) SetMultipathTCP(use bool)

func (lc *ListenConfig) Listen(ctx context.Context, network, address string) (Listener, error)

func (lc *ListenConfig) ListenPacket(ctx context.Context, network, address string) (PacketConn, error)

type sysListener struct {
	ListenConfig
	network, address string
}

func Listen(network, address string) (Listener, error)

func ListenPacket(network, address string) (PacketConn, error)
