package os

import (
	"syscall"
)

func (f *File) Stat() (FileInfo, error)

func statNolog(name string) (FileInfo, error)

func lstatNolog(name string) (FileInfo, error)
