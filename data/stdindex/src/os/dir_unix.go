package os

import (
	"internal/byteorder"
	"internal/goarch"
	"io"
	"runtime"
	"sync"
	"syscall"
	"unsafe"
)

type dirInfo struct {
	mu   sync.Mutex
	buf  *[]byte 
	nbuf int     
	bufp int     
}

const (
	blockSize = 8192
)

var dirBufPool = sync.Pool{
	New: func() any {
		buf := make([]byte, blockSize)
		return &buf
	},
}

func (d *dirInfo) close()

func (f *File) readdir(n int, mode readdirMode) (names []string, dirents []DirEntry, infos []FileInfo, err error)

func readInt(b []byte, off, size uintptr) (u uint64, ok bool)

func readIntBE(b []byte, size uintptr) uint64

func readIntLE(b []byte, size uintptr) uint64
