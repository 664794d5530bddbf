package os

import (
	"runtime"
	"syscall"
)

func hostname() (name string, err error)
