package net

import (
	"io"
	"os"
	"sync"
	"time"
)

type pipeDeadline struct {
	mu     sync.Mutex 
	timer  *time.Timer
	cancel chan struct{} 
}

func makePipeDeadline() pipeDeadline

func (d *pipeDeadline) set(t time.Time)

func (d *pipeDeadline) wait() chan struct{}

func isClosedChan(c <-chan struct{}) bool

type pipeAddr struct{}

func (pipeAddr) Network() string

func (pipeAddr) String() string

type pipe struct {
	wrMu sync.Mutex 
	rdRx <-chan []byte
	rdTx chan<- int
	wrTx chan<- []byte
	wrRx <-chan int
	once       sync.Once 
	localDone  chan struct{}
	remoteDone <-chan struct{}
	readDeadline  pipeDeadline
	writeDeadline pipeDeadline
}

func Pipe() (Conn, Conn)

func (*pipe) LocalAddr() Addr

func (*pipe) RemoteAddr() Addr

func (p *pipe) Read(b []byte) (int, error)

func (p *pipe) read(b []byte) (n int, err error)

func (p *pipe) Write(b []byte) (int, error)

func (p *pipe) write(b []byte) (n int, err error)

func (p *pipe) SetDeadline(t time.Time) error

func (p *pipe) SetReadDeadline(t time.Time) error

func (p *pipe) SetWriteDeadline(t time.Time) error

func (p *pipe) Close() error
