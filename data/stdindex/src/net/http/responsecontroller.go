package http

import (
	"bufio"
	"fmt"
	"net"
	"time"
)

type ResponseController struct {
	rw ResponseWriter
}

func NewResponseController(rw ResponseWriter) *ResponseController

type rwUnwrapper interface {
	Unwrap() ResponseWriter
}

func (c *ResponseController) Flush() error

func (c *ResponseController) Hijack() (net.Conn, *bufio.ReadWriter, error)

func (c *ResponseController) SetReadDeadline(deadline time.Time) error

func (c *ResponseController) SetWriteDeadline(deadline time.Time) error

func (c *ResponseController) EnableFullDuplex() error

func errNotSupported() error
