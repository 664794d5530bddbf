package net

import (
	"internal/bytealg"
	"io"
	"os"
	"time"
)

type file struct {
	file  *os.File
	data  []byte
	atEOF bool
}

func (f *file) close()

func (f *file) getLineFromData() (s string, ok bool)

func (f *file) readLine() (s string, ok bool)

func (f *file) stat() (mtime time.Time, size int64, err error)

func open(name string) (*file, error)

func stat(name string) (mtime time.Time, size int64, err error)

func countAnyByte(s string, t string) int

func splitAtBytes(s string, t string) []string

func getFields(s string) []string

const big = 0xFFFFFF

func dtoi(s string) (n int, i int, ok bool)

func xtoi(s string) (n int, i int, ok bool)

func xtoi2(s string, e byte) (byte, bool)

func hasUpperCase(s string) bool

func lowerASCIIBytes(x []byte)

func lowerASCII(b byte) byte

func trimSpace(x string) string

func isSpace(b byte) bool

func removeComment(line string) string

func foreachField(x string, fn func(field string) error) error

func stringsHasSuffixFold(s, suffix string) bool

func stringsEqualFold(s, t string) bool
