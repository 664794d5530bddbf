package os

import (
	"io"
	"runtime"
	"syscall"
)

func removeAll(path string) error

func removeAllFrom(parentFd sysfdType, base string) error

func openDirAt(dirfd sysfdType, name string) (*File, error)
