package strings

import (
	"internal/abi"
	"internal/bytealg"
	"unicode/utf8"
	"unsafe"
)

type Builder struct {
	addr *Builder 
	buf []byte
}

func (b *Builder) copyCheck()

func (b *Builder) String() string

func (b *Builder) Len() int

func (b *Builder) Cap() int

func (b *Builder) Reset()

func (b *Builder) grow(n int)

func (b *Builder) Grow(n int)

func (b *Builder) Write(p []byte) (int, error)

func (b *Builder) WriteByte(c byte) error

func (b *Builder) WriteRune(r rune) (int, error)

func (b *Builder) WriteString(s string) (int, error)
