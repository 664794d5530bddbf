package os

import (
	"runtime"
	"syscall"
)

func isNoFollowErr(err error) bool
