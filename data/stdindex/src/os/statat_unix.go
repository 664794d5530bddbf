package os

import (
	"internal/syscall/unix"
)

func (f *File) lstatatNolog(name string) (FileInfo, error)
