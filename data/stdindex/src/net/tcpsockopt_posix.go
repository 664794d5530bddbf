package net

import (
	"runtime"
	"syscall"
)

func setNoDelay(fd *netFD, noDelay bool) error
