package net

import (
	"internal/poll"
	"os"
	"syscall"
)

const _SO_TYPE = syscall.SO_TYPE

func dupFileSocket(f *os.File) (int, error)
