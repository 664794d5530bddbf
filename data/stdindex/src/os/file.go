package os

import (
	"errors"
	"internal/filepathlite"
	"internal/poll"
	"internal/testlog"
	"io"
	"io/fs"
	"runtime"
	"slices"
	"syscall"
	"time"
	"unsafe"
)

func (f *File) Name() string

var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

const (
	O_RDONLY int = syscall.O_RDONLY 
	O_WRONLY int = syscall.O_WRONLY 
	O_RDWR   int = syscall.O_RDWR   
	O_APPEND int = syscall.O_APPEND 
	O_CREATE int = syscall.O_CREAT  
	O_EXCL   int = syscall.O_EXCL   
	O_SYNC   int = syscall.O_SYNC   
	O_TRUNC  int = syscall.O_TRUNC  
)

const (
	SEEK_SET int = 0 
	SEEK_CUR int = 1 
	SEEK_END int = 2 
)

type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string

func (e *LinkError) Unwrap() error

func NewFile(fd uintptr, name string) *File

func (f *File) Read(b []byte) (n int, err error)

func (f *File) ReadAt(b []byte, off int64) (n int, err error)

func (f *File) ReadFrom(r io.Reader) (n int64, err error)

type noReadFrom struct{}

func (noReadFrom) ReadFrom(io.Reader) (int64, error)

type fileWithoutReadFrom struct {
	noReadFrom
	*File
}

func genericReadFrom(f *File, r io.Reader) (int64, error)

func (f *File) Write(b []byte) (n int, err error)

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

func (f *File) WriteAt(b []byte, off int64) (n int, err error)

func (f *File) WriteTo(w io.Writer) (n int64, err error)

type noWriteTo struct{}

func (noWriteTo) WriteTo(io.Writer) (int64, error)

type fileWithoutWriteTo struct {
	noWriteTo
	*File
}

func genericWriteTo(f *File, w io.Writer) (int64, error)

func (f *File) Seek(offset int64, whence int) (ret int64, err error)

func (f *File) WriteString(s string) (n int, err error)

func Mkdir(name string, perm FileMode) error

func setStickyBit(name string) error

func Chdir(dir string) error

func Open(name string) (*File, error)

func Create(name string) (*File, error)

func OpenFile(name string, flag int, perm FileMode) (*File, error)

var errPathEscapes = errors.New("path escapes from parent")

func openDir(name string) (*File, error)

func Rename(oldpath, newpath string) error

func Readlink(name string) (string, error)

func fixCount(n int, err error) (int, error)

var checkWrapErr = false

func (f *File) wrapErr(op string, err error) error

func TempDir() string

func UserCacheDir() (string, error)

func UserConfigDir() (string, error)

func UserHomeDir() (string, error)

func Chmod(name string, mode FileMode) error

func (f *File) Chmod(mode FileMode) error

func (f *File) SetDeadline(t time.Time) error

func (f *File) SetReadDeadline(t time.Time) error

func (f *File) SetWriteDeadline(t time.Time) error

func (f *File) SyscallConn() (syscall.RawConn, error)

func (f *File) Fd() uintptr

func DirFS(dir string) fs.FS

var _ fs.StatFS = dirFS("")

var _ fs.ReadFileFS = dirFS("")

var _ fs.ReadDirFS = dirFS("")

var _ fs.ReadLinkFS = dirFS("")

type dirFS string

func (dir dirFS) Open(name string) (fs.File, error)

func (dir dirFS) ReadFile(name string) ([]byte, error)

func (dir dirFS) ReadDir(name string) ([]DirEntry, error)

func (dir dirFS) Stat(name string) (fs.FileInfo, error)

func (dir dirFS) Lstat(name string) (fs.FileInfo, error)

func (dir dirFS) ReadLink(name string) (string, error)

func (dir dirFS) join(name string) (string, error)

func ReadFile(name string) ([]byte, error)

func statOrZero(f *File) int64

func readFileContents(statSize int64, read func([]byte) (int, error)) ([]byte, error)

func WriteFile(name string, data []byte, perm FileMode) error
