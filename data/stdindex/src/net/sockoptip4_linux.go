package net

import (
	"runtime"
	"syscall"
)

func joinIPv4Group(fd *netFD, ifi *Interface, ip IP) error

func setIPv4MulticastInterface(fd *netFD, ifi *Interface) error

func setIPv4MulticastLoopback(fd *netFD, v bool) error
