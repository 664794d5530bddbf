package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

const smallBufferSize = 64

type Buffer struct {
	buf      []byte 
	off      int    
	lastRead readOp 
}

type readOp int8

const (
	opRead      readOp = -1 
	opInvalid   readOp = 0  
	opReadRune1 readOp = 1  
	opReadRune2 readOp = 2  
	opReadRune3 readOp = 3  
	opReadRune4 readOp = 4  
)

var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

const maxInt = int(^uint(0) >> 1)

func (b *Buffer) Bytes() []byte

func (b *Buffer) AvailableBuffer() []byte

func (b *Buffer) String() string

func (b *Buffer) Peek(n int) ([]byte, error)

func (b *Buffer) empty() bool

func (b *Buffer) Len() int

func (b *Buffer) Cap() int

func (b *Buffer) Available() int

func (b *Buffer) Truncate(n int)

func (b *Buffer) Reset()

func (b *Buffer) tryGrowByReslice(n int) (int, bool)

func (b *Buffer) grow(n int) int

func (b *Buffer) Grow(n int)

func (b *Buffer) Write(p []byte) (n int, err error)

func (b *Buffer) WriteString(s string) (n int, err error)

const MinRead = 512

func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error)

func growSlice(b []byte, n int) []byte

func (b *Buffer) WriteTo(w io.Writer) (n int64, err error)

func (b *Buffer) WriteByte(c byte) error

func (b *Buffer) WriteRune(r rune) (n int, err error)

func (b *Buffer) Read(p []byte) (n int, err error)

func (b *Buffer) Next(n int) []byte

func (b *Buffer) ReadByte() (byte, error)

func (b *Buffer) ReadRune() (r rune, size int, err error)

func (b *Buffer) UnreadRune() error

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

func (b *Buffer) UnreadByte() error

func (b *Buffer) ReadBytes(delim byte) (line []byte, err error)

func (b *Buffer) readSlice(delim byte) (line []byte, err error)

func (b *Buffer) ReadString(delim byte) (line string, err error)

func NewBuffer(buf []byte) *Buffer

func NewBufferString(s string) *Buffer
