package net

import (
	"runtime"
	"syscall"
	"time"
)

func setKeepAliveIdle(fd *netFD, d time.Duration) error

func setKeepAliveInterval(fd *netFD, d time.Duration) error

func setKeepAliveCount(fd *netFD, n int) error
