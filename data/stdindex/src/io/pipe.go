package io

import (
	"errors"
	"sync"
)

type onceError struct {
	sync.Mutex 
	err        error
}

func (a *onceError) Store(err error)

func (a *onceError) Load() error

var ErrClosedPipe = errors.New("io: read/write on closed pipe")

type pipe struct {
	wrMu sync.Mutex 
	wrCh chan []byte
	rdCh chan int
	once sync.Once 
	done chan struct{}
	rerr onceError
	werr onceError
}

func (p *pipe) read(b []byte) (n int, err error)

func (p *pipe) closeRead(err error) error

func (p *pipe) write(b []byte) (n int, err error)

func (p *pipe) closeWrite(err error) error

func (p *pipe) readCloseError() error

func (p *pipe) writeCloseError() error

type PipeReader struct{ pipe }

func (r *PipeReader) Read(data []byte) (n int, err error)

func (r *PipeReader) Close() error

func (r *PipeReader) CloseWithError(err error) error

type PipeWriter struct{ r PipeReader }

func (w *PipeWriter) Write(data []byte) (n int, err error)

func (w *PipeWriter) Close() error

func (w *PipeWriter) CloseWithError(err error) error

func Pipe() (*PipeReader, *PipeWriter)
