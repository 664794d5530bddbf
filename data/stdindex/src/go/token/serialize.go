package token

import "slices"

type serializedFile struct {
	Name  string
	Base  int
	Size  int
	Lines []int
	Infos []lineInfo
}

type serializedFileSet struct {
	Base  int
	Files []serializedFile
}

func (s *FileSet) Read(decode func(any) error) error

func (s *FileSet) Write(encode func(any) error) error
