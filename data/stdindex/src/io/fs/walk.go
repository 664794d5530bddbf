package fs

import (
	"errors"
	"path"
)

var SkipDir = errors.New("skip this directory")

var SkipAll = errors.New("skip everything and stop the walk")

type WalkDirFunc func(path string, d DirEntry, err error) error

func walkDir(fsys FS, name string, d DirEntry, walkDirFn WalkDirFunc) error

func WalkDir(fsys FS, root string, fn WalkDirFunc) error
