package net

import (
	"runtime"
	"syscall"
)

func (c *conn) writeBuffers(v *Buffers) (int64, error)

func (fd *netFD) writeBuffers(v *Buffers) (n int64, err error)
