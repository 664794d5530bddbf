package os

import (
	"internal/poll"
	"io/fs"
)

var (
	ErrInvalid = fs.ErrInvalid 
	ErrPermission = fs.ErrPermission 
	ErrExist      = fs.ErrExist      
	ErrNotExist   = fs.ErrNotExist   
	ErrClosed     = fs.ErrClosed     
	ErrNoDeadline       = errNoDeadline()       
	ErrDeadlineExceeded = errDeadlineExceeded() 
)

func errNoDeadline() error

func errDeadlineExceeded() error

type timeout interface {
	Timeout() bool
}

type PathError = fs.PathError

type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string

func (e *SyscallError) Unwrap() error

func (e *SyscallError) Timeout() bool

func NewSyscallError(syscall string, err error) error

func IsExist(err error) bool

func IsNotExist(err error) bool

func IsPermission(err error) bool

func IsTimeout(err error) bool

func underlyingErrorIs(err, target error) bool

func underlyingError(err error) error
