package net

import (
	"context"
	"io"
	"os"
	"syscall"
)

func sockaddrToTCP(sa syscall.Sockaddr) Addr

func (a *TCPAddr) family() int

func (a *TCPAddr) sockaddr(family int) (syscall.Sockaddr, error)

func (a *TCPAddr) toLocal(net string) sockaddr

func (c *TCPConn) readFrom(r io.Reader) (int64, error)

func (c *TCPConn) writeTo(w io.Writer) (int64, error)

func (sd *sysDialer) dialTCP(ctx context.Context, laddr, raddr *TCPAddr) (*TCPConn, error)

func (sd *sysDialer) doDialTCP(ctx context.Context, laddr, raddr *TCPAddr) (*TCPConn, error)

func (sd *sysDialer) doDialTCPProto(ctx context.Context, laddr, raddr *TCPAddr, proto int) (*TCPConn, error)

func selfConnect(fd *netFD, err error) bool

func spuriousENOTAVAIL(err error) bool

func (ln *TCPListener) ok() bool

func (ln *TCPListener) accept() (*TCPConn, error)

func (ln *TCPListener) close() error

func (ln *TCPListener) file() (*os.File, error)

func (sl *sysListener) listenTCP(ctx context.Context, laddr *TCPAddr) (*TCPListener, error)

func (sl *sysListener) listenTCPProto(ctx context.Context, laddr *TCPAddr, proto int) (*TCPListener, error)
