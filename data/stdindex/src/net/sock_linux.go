package net

import (
	"internal/syscall/unix"
	"syscall"
)

func maxAckBacklog(n int) int

func maxListenerBacklog() int
