package os

import (
	"io/fs"
	"runtime"
	"slices"
	"sync"
	"syscall"
	"time"
)

type root struct {
	name string
	mu     sync.Mutex
	fd     sysfdType
	refs   int  
	closed bool 
}

func (r *root) Close() error

func (r *root) incref() error

func (r *root) decref()

func (r *root) Name() string

func rootChmod(r *Root, name string, mode FileMode) error

func rootChown(r *Root, name string, uid, gid int) error

func rootLchown(r *Root, name string, uid, gid int) error

func rootChtimes(r *Root, name string, atime time.Time, mtime time.Time) error

func rootMkdir(r *Root, name string, perm FileMode) error

func rootMkdirAll(r *Root, fullname string, perm FileMode) error

func rootReadlink(r *Root, name string) (string, error)

func rootRemove(r *Root, name string) error

func rootRemoveAll(r *Root, name string) error

func rootRename(r *Root, oldname, newname string) error

func rootLink(r *Root, oldname, newname string) error

const (
	doInRootNoHandleTerminalSlash = 1 << iota
	doInRootCreatingDirectory
	doInRootAlwaysResolveTerminalSlash
)

func doInRoot[T any](r *Root, name string, flags uint, openDirFunc func(parent sysfdType, name string) (sysfdType, error), f func(parent sysfdType, name string, endsInSlash bool) (T, error)) (ret T, err error)

func modeAt(parent sysfdType, name string) (FileMode, error)

type errSymlink string

func (errSymlink) Error() string
