package os

import (
	"internal/poll"
	"internal/syscall/unix"
	"io/fs"
	"runtime"
	"sync/atomic"
	"syscall"
	_ "unsafe" 
)

const _UTIME_OMIT = unix.UTIME_OMIT

func fixLongPath(path string) string

func rename(oldname, newname string) error

type file struct {
	pfd         poll.FD
	name        string
	dirinfo     atomic.Pointer[dirInfo] 
	nonblock    bool                    
	stdoutOrErr bool                    
	appendMode  bool                    
	inRoot      bool                    
}

func (f *File) fd() uintptr

func newFileFromNewFile(fd uintptr, name string) *File

func net_newUnixFile(fd int, name string) *File

type newFileKind int

const (
	kindNewFile newFileKind = iota
	kindOpenFile
	kindPipe
	kindSock
	kindNoPoll
)

func newFile(fd int, name string, kind newFileKind, nonBlocking bool) *File

func sigpipe()

func epipecheck(file *File, e error)

const DevNull = "/dev/null"

func openFileNolog(name string, flag int, perm FileMode) (*File, error)

func openDirNolog(name string) (*File, error)

func (file *file) close() error

func (f *File) seek(offset int64, whence int) (ret int64, err error)

func Truncate(name string, size int64) error

func Remove(name string) error

func tempDir() string

func Link(oldname, newname string) error

func Symlink(oldname, newname string) error

func readlink(name string) (string, error)

type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string

func (d *unixDirent) IsDir() bool

func (d *unixDirent) Type() FileMode

func (d *unixDirent) Info() (FileInfo, error)

func (d *unixDirent) String() string

func newUnixDirent(parent *File, name string, typ FileMode) (DirEntry, error)
