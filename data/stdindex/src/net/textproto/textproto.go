package textproto

import (
	"bufio"
	"fmt"
	"io"
	"net"
)

type Error struct {
	Code int
	Msg  string
}

func (e *Error) Error() string

type ProtocolError string

func (p ProtocolError) Error() string

type Conn struct {
	Reader
	Writer
	Pipeline
	conn io.ReadWriteCloser
}

func NewConn(conn io.ReadWriteCloser) *Conn

func (c *Conn) Close() error

func Dial(network, addr string) (*Conn, error)

func (c *Conn) Cmd(format string, args ...any) (id uint, err error)

func TrimString(s string) string

func TrimBytes(b []byte) []byte

func isASCIISpace(b byte) bool

func isASCIILetter(b byte) bool
