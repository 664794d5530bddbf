package net

import (
	"os"
	"syscall"
)

func sysSocket(family, sotype, proto int) (int, error)
