package net

import (
	"runtime"
	"syscall"
)

func boolint(b bool) int

func interfaceToIPv4Addr(ifi *Interface) (IP, error)

func setReadBuffer(fd *netFD, bytes int) error

func setWriteBuffer(fd *netFD, bytes int) error

func setKeepAlive(fd *netFD, keepalive bool) error

func setLinger(fd *netFD, sec int) error
