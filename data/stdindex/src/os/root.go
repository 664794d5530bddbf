package os

import (
	"errors"
	"internal/bytealg"
	"internal/stringslite"
	"internal/testlog"
	"io/fs"
	"runtime"
	"slices"
	"time"
)

func OpenInRoot(dir, name string) (*File, error)

type Root struct {
	root *root
}

const (
	rootMaxSymlinks = 8
)

func OpenRoot(name string) (*Root, error)

func (r *Root) Name() string

func (r *Root) Close() error

func (r *Root) Open(name string) (*File, error)

func (r *Root) Create(name string) (*File, error)

func (r *Root) OpenFile(name string, flag int, perm FileMode) (*File, error)

func (r *Root) OpenRoot(name string) (*Root, error)

func (r *Root) Chmod(name string, mode FileMode) error

func (r *Root) Mkdir(name string, perm FileMode) error

func (r *Root) MkdirAll(name string, perm FileMode) error

func (r *Root) Chown(name string, uid, gid int) error

func (r *Root) Lchown(name string, uid, gid int) error

func (r *Root) Chtimes(name string, atime time.Time, mtime time.Time) error

func (r *Root) Remove(name string) error

func (r *Root) RemoveAll(name string) error

func (r *Root) Stat(name string) (FileInfo, error)

func (r *Root) Lstat(name string) (FileInfo, error)

func (r *Root) Readlink(name string) (string, error)

func (r *Root) Rename(oldname, newname string) error

func (r *Root) Link(oldname, newname string) error

func (r *Root) Symlink(oldname, newname string) error

func (r *Root) ReadFile(name string) ([]byte, error)

func (r *Root) WriteFile(name string, data []byte, perm FileMode) error

func (r *Root) logOpen(name string)

func (r *Root) logStat(name string)

func splitPathInRoot(s string, prefix, suffix []string) (_ []string, endsInSlash bool, err error)

func (r *Root) FS() fs.FS

type rootFS Root

func (rfs *rootFS) Open(name string) (fs.File, error)

func (rfs *rootFS) ReadDir(name string) ([]DirEntry, error)

func (rfs *rootFS) ReadFile(name string) ([]byte, error)

func (rfs *rootFS) ReadLink(name string) (string, error)

func (rfs *rootFS) Stat(name string) (FileInfo, error)

func (rfs *rootFS) Lstat(name string) (FileInfo, error)

func isValidRootFSPath(name string) bool
