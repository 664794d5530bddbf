package fs

import "io"

type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

func ReadFile(fsys FS, name string) ([]byte, error)
