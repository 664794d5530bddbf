package os

import (
	"syscall"
	"time"
)

type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

func (fs *fileStat) Size() int64

func (fs *fileStat) Mode() FileMode

func (fs *fileStat) ModTime() time.Time

func (fs *fileStat) Sys() any

func sameFile(fs1, fs2 *fileStat) bool
