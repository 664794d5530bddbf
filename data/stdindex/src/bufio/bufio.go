package bufio

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

const (
	defaultBufSize = 4096
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

type Reader struct {
	buf          []byte
	rd           io.Reader 
	r, w         int       
	err          error
	lastByte     int 
	lastRuneSize int 
}

const minReadBufferSize = 16

const maxConsecutiveEmptyReads = 100

func NewReaderSize(rd io.Reader, size int) *Reader

func NewReader(rd io.Reader) *Reader

func (b *Reader) Size() int

func (b *Reader) Reset(r io.Reader)

func (b *Reader) reset(buf []byte, r io.Reader)

var errNegativeRead = errors.New("bufio: reader returned negative count from Read")

func (b *Reader) fill()

func (b *Reader) readErr() error

func (b *Reader) Peek(n int) ([]byte, error)

func (b *Reader) Discard(n int) (discarded int, err error)

func (b *Reader) Read(p []byte) (n int, err error)

func (b *Reader) ReadByte() (byte, error)

func (b *Reader) UnreadByte() error

func (b *Reader) ReadRune() (r rune, size int, err error)

func (b *Reader) UnreadRune() error

func (b *Reader) Buffered() int

func (b *Reader) ReadSlice(delim byte) (line []byte, err error)

func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error)

func (b *Reader) collectFragments(delim byte) (fullBuffers [][]byte, finalFragment []byte, totalLen int, err error)

func (b *Reader) ReadBytes(delim byte) ([]byte, error)

func (b *Reader) ReadString(delim byte) (string, error)

func (b *Reader) WriteTo(w io.Writer) (n int64, err error)

var errNegativeWrite = errors.New("bufio: writer returned negative count from Write")

func (b *Reader) writeBuf(w io.Writer) (int64, error)

type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

func NewWriterSize(w io.Writer, size int) *Writer

func NewWriter(w io.Writer) *Writer

func (b *Writer) Size() int

func (b *Writer) Reset(w io.Writer)

func (b *Writer) Flush() error

func (b *Writer) Available() int

func (b *Writer) AvailableBuffer() []byte

func (b *Writer) Buffered() int

func (b *Writer) Write(p []byte) (nn int, err error)

func (b *Writer) WriteByte(c byte) error

func (b *Writer) WriteRune(r rune) (size int, err error)

func (b *Writer) WriteString(s string) (int, error)

func (b *Writer) ReadFrom(r io.Reader) (n int64, err error)

type ReadWriter struct {
	*Reader
	*Writer
}

func NewReadWriter(r *Reader, w *Writer) *ReadWriter
