package big

import (
	"errors"
	"fmt"
	"io"
)

func (x *Int) Text(base int) string

func (x *Int) Append(buf []byte, base int) []byte

func (x *Int) String() string

func writeMultiple(s fmt.State, text string, count int)

var _ fmt.Formatter = intOne

func (x *Int) Format(s fmt.State, ch rune)

func (z *Int) scan(r io.ByteScanner, base int) (*Int, int, error)

func scanSign(r io.ByteScanner) (neg bool, err error)

type byteReader struct {
	fmt.ScanState
}

func (r byteReader) ReadByte() (byte, error)

func (r byteReader) UnreadByte() error

var _ fmt.Scanner = intOne

func (z *Int) Scan(s fmt.ScanState, ch rune) error
