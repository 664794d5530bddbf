package net

import (
	"internal/poll"
	"runtime"
	"syscall"
)

type rawConn struct {
	fd *netFD
}

func (c *rawConn) ok() bool

func (c *rawConn) Control(f func(uintptr)) error

func (c *rawConn) Read(f func(uintptr) bool) error

func (c *rawConn) Write(f func(uintptr) bool) error

func (c *rawConn) PollFD() *poll.FD

func newRawConn(fd *netFD) *rawConn

func (c *rawConn) Network() poll.String

type rawListener struct {
	rawConn
}

func (l *rawListener) Read(func(uintptr) bool) error

func (l *rawListener) Write(func(uintptr) bool) error

func newRawListener(fd *netFD) *rawListener
