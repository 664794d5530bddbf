package os

import (
	"internal/testlog"
	"runtime"
	"syscall"
)

var Args []string

func init()

func runtime_args() []string

func Getuid() int

func Geteuid() int

func Getgid() int

func Getegid() int

func Getgroups() ([]int, error)

func Exit(code int)

func runtime_beforeExit(exitCode int)
