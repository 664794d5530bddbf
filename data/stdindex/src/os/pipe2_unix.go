package os

import "syscall"

func Pipe() (r *File, w *File, err error)
