package fs

import (
	"errors"
	"internal/bytealg"
	"slices"
)

type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

func ReadDir(fsys FS, name string) ([]DirEntry, error)

type dirInfo struct {
	fileInfo FileInfo
}

func (di dirInfo) IsDir() bool

func (di dirInfo) Type() FileMode

func (di dirInfo) Info() (FileInfo, error)

func (di dirInfo) Name() string

func (di dirInfo) String() string

func FileInfoToDirEntry(info FileInfo) DirEntry
