package os

import (
	"internal/strconv"
	"internal/syscall/execenv"
	"runtime"
	"syscall"
)

var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

func startProcess(name string, argv []string, attr *ProcAttr) (p *Process, err error)

func (p *Process) kill() error

func (p *Process) withHandle(f func(handle uintptr)) error

type ProcessState struct {
	pid    int                
	status syscall.WaitStatus 
	rusage *syscall.Rusage
}

func (p *ProcessState) Pid() int

func (p *ProcessState) exited() bool

func (p *ProcessState) success() bool

func (p *ProcessState) sys() any

func (p *ProcessState) sysUsage() any

func (p *ProcessState) String() string

func (p *ProcessState) ExitCode() int
