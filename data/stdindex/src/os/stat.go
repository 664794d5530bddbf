package os

import "internal/testlog"

func Stat(name string) (FileInfo, error)

func Lstat(name string) (FileInfo, error)

var stathook func(f *File, name string) (FileInfo, error)
