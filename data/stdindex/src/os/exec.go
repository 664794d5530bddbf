package os

import (
	"errors"
	"internal/testlog"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

var (
	ErrProcessDone = errors.New("os: process already finished")
	errProcessReleased = errors.New("os: process already released")
	ErrNoHandle = errors.New("os: process handle unavailable")
)

type processStatus uint32

const (
	statusOK processStatus = iota
	statusDone
	statusReleased
)

type Process struct {
	Pid int
	state atomic.Uint32
	sigMu sync.RWMutex 
	handle *processHandle
	cleanup runtime.Cleanup
}

type processHandle struct {
	handle uintptr
	refs atomic.Int32
}

func (ph *processHandle) acquire() (uintptr, bool)

func (ph *processHandle) release()

func newPIDProcess(pid int) *Process

func newHandleProcess(pid int, handle uintptr) *Process

func newDoneProcess(pid int) *Process

func (p *Process) handleTransientAcquire() (uintptr, processStatus)

func (p *Process) handleTransientRelease()

func (p *Process) pidStatus() processStatus

type ProcAttr struct {
	Dir string
	Env []string
	Files []*File
	Sys *syscall.SysProcAttr
}

type Signal interface {
	String() string
	Signal() 
}

func Getpid() int

func Getppid() int

func FindProcess(pid int) (*Process, error)

func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error)

func (p *Process) Release() error

func (p *Process) doRelease(newStatus processStatus) processStatus

func (p *Process) Kill() error

func (p *Process) Wait() (*ProcessState, error)

func (p *Process) Signal(sig Signal) error

func (p *Process) WithHandle(f func(handle uintptr)) error

func (p *ProcessState) UserTime() time.Duration

func (p *ProcessState) SystemTime() time.Duration

func (p *ProcessState) Exited() bool

func (p *ProcessState) Success() bool

func (p *ProcessState) Sys() any

func (p *ProcessState) SysUsage() any
