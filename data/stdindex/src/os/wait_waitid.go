package os

import (
	"internal/syscall/unix"
	"runtime"
	"syscall"
)

func (p *Process) blockUntilWaitable() (bool, error)
