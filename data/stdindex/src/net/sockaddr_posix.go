package net

import (
	"syscall"
)

type sockaddr interface {
	Addr
	family() int
	isWildcard() bool
	sockaddr(family int) (syscall.Sockaddr, error)
	toLocal(net string) sockaddr
}

func (fd *netFD) addrFunc() func(syscall.Sockaddr) Addr
