package net

import (
	"internal/poll"
	"runtime"
	"syscall"
	"time"
)

type netFD struct {
	pfd poll.FD
	family      int
	sotype      int
	isConnected bool 
	net         string
	laddr       Addr
	raddr       Addr
}

func (fd *netFD) name() string

func (fd *netFD) setAddr(laddr, raddr Addr)

func (fd *netFD) Close() error

func (fd *netFD) shutdown(how int) error

func (fd *netFD) closeRead() error

func (fd *netFD) closeWrite() error

func (fd *netFD) Read(p []byte) (n int, err error)

func (fd *netFD) readFrom(p []byte) (n int, sa syscall.Sockaddr, err error)

func (fd *netFD) readFromInet4(p []byte, from *syscall.SockaddrInet4) (n int, err error)

func (fd *netFD) readFromInet6(p []byte, from *syscall.SockaddrInet6) (n int, err error)

func (fd *netFD) readMsg(p []byte, oob []byte, flags int) (n, oobn, retflags int, sa syscall.Sockaddr, err error)

func (fd *netFD) readMsgInet4(p []byte, oob []byte, flags int, sa *syscall.SockaddrInet4) (n, oobn, retflags int, err error)

func (fd *netFD) readMsgInet6(p []byte, oob []byte, flags int, sa *syscall.SockaddrInet6) (n, oobn, retflags int, err error)

func (fd *netFD) Write(p []byte) (nn int, err error)

func (fd *netFD) writeTo(p []byte, sa syscall.Sockaddr) (n int, err error)

func (fd *netFD) writeToInet4(p []byte, sa *syscall.SockaddrInet4) (n int, err error)

func (fd *netFD) writeToInet6(p []byte, sa *syscall.SockaddrInet6) (n int, err error)

func (fd *netFD) writeMsg(p []byte, oob []byte, sa syscall.Sockaddr) (n int, oobn int, err error)

func (fd *netFD) writeMsgInet4(p []byte, oob []byte, sa *syscall.SockaddrInet4) (n int, oobn int, err error)

func (fd *netFD) writeMsgInet6(p []byte, oob []byte, sa *syscall.SockaddrInet6) (n int, oobn int, err error)

func (fd *netFD) SetDeadline(t time.Time) error

func (fd *netFD) SetReadDeadline(t time.Time) error

func (fd *netFD) SetWriteDeadline(t time.Time) error
