package os

import (
	"internal/bytealg"
	"internal/filepathlite"
	"io"
	"io/fs"
	"slices"
)

type readdirMode int

const (
	readdirName readdirMode = iota
	readdirDirEntry
	readdirFileInfo
)

func (f *File) Readdir(n int) ([]FileInfo, error)

func (f *File) Readdirnames(n int) (names []string, err error)

type DirEntry = fs.DirEntry

func (f *File) ReadDir(n int) ([]DirEntry, error)

func ReadDir(name string) ([]DirEntry, error)

func CopyFS(dir string, fsys fs.FS) error
