package io

import (
	"errors"
	"sync"
)

const (
	SeekStart   = 0 
	SeekCurrent = 1 
	SeekEnd     = 2 
)

var ErrShortWrite = errors.New("short write")

var errInvalidWrite = errors.New("invalid write result")

var ErrShortBuffer = errors.New("short buffer")

var EOF = errors.New("EOF")

var ErrUnexpectedEOF = errors.New("unexpected EOF")

var ErrNoProgress = errors.New("multiple Read calls return no data or error")

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

func WriteString(w Writer, s string) (n int, err error)

func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error)

func ReadFull(r Reader, buf []byte) (n int, err error)

func CopyN(dst Writer, src Reader, n int64) (written int64, err error)

func Copy(dst Writer, src Reader) (written int64, err error)

func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error)

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error)

func LimitReader(r Reader, n int64) Reader

type LimitedReader struct {
	R Reader 
	N int64  
}

func (l *LimitedReader) Read(p []byte) (n int, err error)

func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader

type SectionReader struct {
	r     ReaderAt 
	base  int64    
	off   int64
	limit int64 
	n     int64 
}

func (s *SectionReader) Read(p []byte) (n int, err error)

var errWhence = errors.New("Seek: invalid whence")

var errOffset = errors.New("Seek: invalid offset")

func (s *SectionReader) Seek(offset int64, whence int) (int64, error)

func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error)

func (s *SectionReader) Size() int64

func (s *SectionReader) Outer() (r ReaderAt, off int64, n int64)

type OffsetWriter struct {
	w    WriterAt
	base int64 
	off  int64 
}

func NewOffsetWriter(w WriterAt, off int64) *OffsetWriter

func (o *OffsetWriter) Write(p []byte) (n int, err error)

func (o *OffsetWriter) WriteAt(p []byte, off int64) (n int, err error)

func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error)

func TeeReader(r Reader, w Writer) Reader

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error)

var Discard Writer = discard{}

type discard struct{}

var _ ReaderFrom = discard{}

func (discard) Write(p []byte) (int, error)

func (discard) WriteString(s string) (int, error)

var blackHolePool = sync.Pool{
	New: func() any {
		b := make([]byte, 8192)
		return &b
	},
}

func (discard) ReadFrom(r Reader) (n int64, err error)

func NopCloser(r Reader) ReadCloser

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error)

func ReadAll(r Reader) ([]byte, error)
