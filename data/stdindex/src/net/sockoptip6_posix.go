package net

import (
	"runtime"
	"syscall"
)

func setIPv6MulticastInterface(fd *netFD, ifi *Interface) error

func setIPv6MulticastLoopback(fd *netFD, v bool) error

func joinIPv6Group(fd *netFD, ifi *Interface, ip IP) error
