package os

import (
	"errors"
	"internal/syscall/unix"
	"runtime"
	"syscall"
	"time"
)

type sysfdType = int

func openRootNolog(name string) (*Root, error)

func newRoot(fd int, name string) (*Root, error)

func openRootInRoot(r *Root, name string) (*Root, error)

func rootOpenFileNolog(root *Root, name string, flag int, perm FileMode) (*File, error)

func rootOpenDir(parent int, name string) (int, error)

func rootStat(r *Root, name string, lstat bool) (FileInfo, error)

func rootSymlink(r *Root, oldname, newname string) error

func afterResolvingSymlink(parent int, name string, f func() error) error

func chmodat(parent int, name string, mode FileMode) error

func chownat(parent int, name string, uid, gid int) error

func lchownat(parent int, name string, uid, gid int) error

func chtimesat(parent int, name string, atime time.Time, mtime time.Time) error

func mkdirat(fd int, name string, perm FileMode) error

func removeat(fd int, name string) error

func removefileat(fd int, name string) error

func removedirat(fd int, name string) error

func renameat(oldfd int, oldname string, newfd int, newname string) error

func linkat(oldfd int, oldname string, newfd int, newname string) error

func symlinkat(oldname string, newfd int, newname string) error

func lstatat(parent int, name string) (FileInfo, error)

func lstatatWithName(parent int, origName, name string) (FileInfo, error)

func checkSymlink(parent int, name string, origError error) error

func readlinkat(fd int, name string) (string, error)

func isLink(fi FileInfo) bool

func isDirectoryLink(fi FileInfo) bool
