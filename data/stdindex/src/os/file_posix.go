package os

import (
	"internal/testlog"
	"runtime"
	"syscall"
	"time"
)

func (f *File) Close() error

func (f *File) read(b []byte) (n int, err error)

func (f *File) pread(b []byte, off int64) (n int, err error)

func (f *File) write(b []byte) (n int, err error)

func (f *File) pwrite(b []byte, off int64) (n int, err error)

func syscallMode(i FileMode) (o uint32)

func chmod(name string, mode FileMode) error

func (f *File) chmod(mode FileMode) error

func Chown(name string, uid, gid int) error

func Lchown(name string, uid, gid int) error

func (f *File) Chown(uid, gid int) error

func (f *File) Truncate(size int64) error

func (f *File) Sync() error

func Chtimes(name string, atime time.Time, mtime time.Time) error

func chtimesUtimes(atime, mtime time.Time) [2]syscall.Timespec

func (f *File) Chdir() error

func (f *File) setDeadline(t time.Time) error

func (f *File) setReadDeadline(t time.Time) error

func (f *File) setWriteDeadline(t time.Time) error

func (f *File) checkValid(op string) error

func ignoringEINTR(fn func() error) error

func ignoringEINTR2[T any](fn func() (T, error)) (T, error)
