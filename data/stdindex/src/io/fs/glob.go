package fs

import (
	"path"
)

type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

func Glob(fsys FS, pattern string) (matches []string, err error)

func globWithLimit(fsys FS, pattern string, depth int) (matches []string, err error)

func cleanGlobPath(path string) string

func glob(fs FS, dir, pattern string, matches []string) (m []string, e error)

func hasMeta(path string) bool
