package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

type Reader struct {
	s        []byte
	i        int64 
	prevRune int   
}

func (r *Reader) Len() int

func (r *Reader) Size() int64

func (r *Reader) Read(b []byte) (n int, err error)

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error)

func (r *Reader) ReadByte() (byte, error)

func (r *Reader) UnreadByte() error

func (r *Reader) ReadRune() (ch rune, size int, err error)

func (r *Reader) UnreadRune() error

func (r *Reader) Seek(offset int64, whence int) (int64, error)

func (r *Reader) WriteTo(w io.Writer) (n int64, err error)

func (r *Reader) Reset(b []byte)

func NewReader(b []byte) *Reader
