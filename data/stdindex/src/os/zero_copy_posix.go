package os

import (
	"io"
	"syscall"
)

func wrapSyscallError(name string, err error) error

func tryLimitedReader(r io.Reader) (*io.LimitedReader, io.Reader, int64)
