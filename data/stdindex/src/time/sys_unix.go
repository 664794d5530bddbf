package time

import (
	"errors"
	"runtime"
	"syscall"
)

func interrupt()

func open(name string) (uintptr, error)

func read(fd uintptr, buf []byte) (int, error)

func closefd(fd uintptr)

func preadn(fd uintptr, buf []byte, off int) error
