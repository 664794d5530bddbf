package os

import (
	"io/fs"
	"syscall"
)

func Getpagesize() int

type File struct {
	*file 
}

type FileInfo = fs.FileInfo

type FileMode = fs.FileMode

const (
	ModeDir        = fs.ModeDir        
	ModeAppend     = fs.ModeAppend     
	ModeExclusive  = fs.ModeExclusive  
	ModeTemporary  = fs.ModeTemporary  
	ModeSymlink    = fs.ModeSymlink    
	ModeDevice     = fs.ModeDevice     
	ModeNamedPipe  = fs.ModeNamedPipe  
	ModeSocket     = fs.ModeSocket     
	ModeSetuid     = fs.ModeSetuid     
	ModeSetgid     = fs.ModeSetgid     
	ModeCharDevice = fs.ModeCharDevice 
	ModeSticky     = fs.ModeSticky     
	ModeIrregular  = fs.ModeIrregular  
	ModeType = fs.ModeType
	ModePerm = fs.ModePerm 
)

func (fs *fileStat) Name() string

func (fs *fileStat) IsDir() bool

func SameFile(fi1, fi2 FileInfo) bool
