package textproto

import (
	"bufio"
	"fmt"
	"io"
)

type Writer struct {
	W   *bufio.Writer
	dot *dotWriter
}

func NewWriter(w *bufio.Writer) *Writer

var crnl = []byte{'\r', '\n'}

var dotcrnl = []byte{'.', '\r', '\n'}

func (w *Writer) PrintfLine(format string, args ...any) error

func (w *Writer) DotWriter() io.WriteCloser

func (w *Writer) closeDot()

type dotWriter struct {
	w     *Writer
	state int
}

const (
	wstateBegin     = iota 
	wstateBeginLine        
	wstateCR               
	wstateData             
)

func (d *dotWriter) Write(b []byte) (n int, err error)

func (d *dotWriter) Close() error
