package os

import (
	"internal/filepathlite"
	"syscall"
)

func MkdirAll(path string, perm FileMode) error

func RemoveAll(path string) error

func endsWithDot(path string) bool
