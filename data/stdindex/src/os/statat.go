package os

import (
	"internal/testlog"
)

func (f *File) lstatat(name string) (FileInfo, error)
