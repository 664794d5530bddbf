package fs

import (
	"errors"
	"path"
)

type SubFS interface {
	FS
	Sub(dir string) (FS, error)
}

func Sub(fsys FS, dir string) (FS, error)

var _ FS = (*subFS)(nil)

var _ ReadDirFS = (*subFS)(nil)

var _ ReadFileFS = (*subFS)(nil)

var _ ReadLinkFS = (*subFS)(nil)

var _ GlobFS = (*subFS)(nil)

type subFS struct {
	fsys FS
	dir  string
}

func (f *subFS) fullName(op string, name string) (string, error)

func (f *subFS) shorten(name string) (rel string, ok bool)

func (f *subFS) fixErr(err error) error

func (f *subFS) Open(name string) (File, error)

func (f *subFS) ReadDir(name string) ([]DirEntry, error)

func (f *subFS) ReadFile(name string) ([]byte, error)

func (f *subFS) ReadLink(name string) (string, error)

func (f *subFS) Lstat(name string) (FileInfo, error)

func (f *subFS) Glob(pattern string) ([]string, error)

func (f *subFS) Sub(dir string) (FS, error)
