package os

import (
	"syscall"
)

func (ph *processHandle) closeHandle()
