package net

import (
	"os"
	"syscall"
)

func wrapSyscallError(name string, err error) error
