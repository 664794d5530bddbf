package os

import (
	"runtime"
)

type rawConn struct {
	file *File
}

func (c *rawConn) Control(f func(uintptr)) error

func (c *rawConn) Read(f func(uintptr) bool) error

func (c *rawConn) Write(f func(uintptr) bool) error

func newRawConn(file *File) (*rawConn, error)
