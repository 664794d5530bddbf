package net

import (
	"context"
	"errors"
	"internal/poll"
	"io"
	"os"
	"sync"
	"syscall"
	"time"
	_ "unsafe" 
)

type Addr interface {
	Network() string 
	String() string  
}

type Conn interface {
	Read(b []byte) (n int, err error)
	Write(b []byte) (n int, err error)
	Close() error
	LocalAddr() Addr
	RemoteAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

type conn struct {
	fd *netFD
}

func (c *conn) ok() bool

func (c *conn) Read(b []byte) (int, error)

func (c *conn) Write(b []byte) (int, error)

func (c *conn) Close() error

func (c *conn) LocalAddr() Addr

func (c *conn) RemoteAddr() Addr

func (c *conn) SetDeadline(t time.Time) error

func (c *conn) SetReadDeadline(t time.Time) error

func (c *conn) SetWriteDeadline(t time.Time) error

func (c *conn) SetReadBuffer(bytes int) error

func (c *conn) SetWriteBuffer(bytes int) error

func (c *conn) File() (f *os.File, err error)

type PacketConn interface {
	ReadFrom(p []byte) (n int, addr Addr, err error)
	WriteTo(p []byte, addr Addr) (n int, err error)
	Close() error
	LocalAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

var listenerBacklogCache struct {
	sync.Once
	val int
}

func listenerBacklog() int

type Listener interface {
	Accept() (Conn, error)
	Close() error
	Addr() Addr
}

type Error interface {
	error
	Timeout() bool 
	Temporary() bool
}

var (
	errNoSuitableAddress = errors.New("no suitable address found")
	errMissingAddress = errors.New("missing address")
	errCanceled         = canceledError{}
	ErrWriteToConnected = errors.New("use of WriteTo with pre-connected connection")
)

type canceledError struct{}

func (canceledError) Error() string

func (canceledError) Is(err error) bool

func mapErr(err error) error

type OpError struct {
	Op string
	Net string
	Source Addr
	Addr Addr
	Err error
}

func (e *OpError) Unwrap() error

func (e *OpError) Error() string

var (
	aLongTimeAgo = time.Unix(1, 0)
	noDeadline = time.Time{}
	noCancel   = (chan struct{})(nil)
)

type timeout interface {
	Timeout() bool
}

func (e *OpError) Timeout() bool

type temporary interface {
	Temporary() bool
}

func (e *OpError) Temporary() bool

type ParseError struct {
	Type string
	Text string
}

func (e *ParseError) Error() string

func (e *ParseError) Timeout() bool

func (e *ParseError) Temporary() bool

type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string

func (e *AddrError) Timeout() bool

func (e *AddrError) Temporary() bool

type UnknownNetworkError string

func (e UnknownNetworkError) Error() string

func (e UnknownNetworkError) Timeout() bool

func (e UnknownNetworkError) Temporary() bool

type InvalidAddrError string

func (e InvalidAddrError) Error() string

func (e InvalidAddrError) Timeout() bool

func (e InvalidAddrError) Temporary() bool

var errTimeout error = &timeoutError{}

type timeoutError struct{}

func (e *timeoutError) Error() string

func (e *timeoutError) Timeout() bool

func (e *timeoutError) Temporary() bool

func (e *timeoutError) Is(err error) bool

type DNSConfigError struct {
	Err error
}

func (e *DNSConfigError) Unwrap() error

func (e *DNSConfigError) Error() string

func (e *DNSConfigError) Timeout() bool

func (e *DNSConfigError) Temporary() bool

var (
	errNoSuchHost  = &notFoundError{"no such host"}
	errUnknownPort = &notFoundError{"unknown port"}
)

type notFoundError struct{ s string }

func (e *notFoundError) Error() string

type temporaryError struct{ s string }

func (e *temporaryError) Error() string

func (e *temporaryError) Temporary() bool

func (e *temporaryError) Timeout() bool

type DNSError struct {
	UnwrapErr   error  
	Err         string 
	Name        string 
	Server      string 
	IsTimeout   bool   
	IsTemporary bool   
	IsNotFound bool
}

func newDNSError(err error, name, server string) *DNSError

func (e *DNSError) Unwrap() error

func (e *DNSError) Error() string

func (e *DNSError) Timeout() bool

func (e *DNSError) Temporary() bool

var errClosed = poll.ErrNetClosing

var ErrClosed error = errClosed

type noReadFrom struct{}

func (noReadFrom) ReadFrom(io.Reader) (int64, error)

type tcpConnWithoutReadFrom struct {
	noReadFrom
	*TCPConn
}

func genericReadFrom(c *TCPConn, r io.Reader) (n int64, err error)

type noWriteTo struct{}

func (noWriteTo) WriteTo(io.Writer) (int64, error)

type tcpConnWithoutWriteTo struct {
	noWriteTo
	*TCPConn
}

func genericWriteTo(c *TCPConn, w io.Writer) (n int64, err error)

var threadLimit chan struct{}

var threadOnce sync.Once

func acquireThread(ctx context.Context) error

func releaseThread()

type buffersWriter interface {
	writeBuffers(*Buffers) (int64, error)
}

type Buffers [][]byte

var (
	_ io.WriterTo = (*Buffers)(nil)
	_ io.Reader   = (*Buffers)(nil)
)

func (v *Buffers) WriteTo(w io.Writer) (n int64, err error)

func (v *Buffers) Read(p []byte) (n int, err error)

func (v *Buffers) consume(n int64)
