package os

import (
	"syscall"
	"unsafe"
)

func direntIno(buf []byte) (uint64, bool)

func direntReclen(buf []byte) (uint64, bool)

func direntNamlen(buf []byte) (uint64, bool)

func direntType(buf []byte) FileMode
