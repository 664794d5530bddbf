package fs

import (
	"internal/oserror"
	"time"
	"unicode/utf8"
)

type FS interface {
	Open(name string) (File, error)
}

func ValidPath(name string) bool

type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

var (
	ErrInvalid    = errInvalid()    
	ErrPermission = errPermission() 
	ErrExist      = errExist()      
	ErrNotExist   = errNotExist()   
	ErrClosed     = errClosed()     
)

func errInvalid() error

func errPermission() error

func errExist() error

func errNotExist() error

func errClosed() error

type FileInfo interface {
	Name() string       
	Size() int64        
	Mode() FileMode     
	ModTime() time.Time 
	IsDir() bool        
	Sys() any           
}

type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) 
	ModeAppend                                     
	ModeExclusive                                  
	ModeTemporary                                  
	ModeSymlink                                    
	ModeDevice                                     
	ModeNamedPipe                                  
	ModeSocket                                     
	ModeSetuid                                     
	ModeSetgid                                     
	ModeCharDevice                                 
	ModeSticky                                     
	ModeIrregular                                  
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777 
)

func (m FileMode) String() string

func (m FileMode) IsDir() bool

func (m FileMode) IsRegular() bool

func (m FileMode) Perm() FileMode

func (m FileMode) Type() FileMode

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string

func (e *PathError) Unwrap() error

func (e *PathError) Timeout() bool
