package os

import (
	"internal/syscall/unix"
	"runtime"
	"sync"
	"syscall"
	_ "unsafe" 
)

func ensurePidfd(sysAttr *syscall.SysProcAttr) (*syscall.SysProcAttr, bool)

func getPidfd(sysAttr *syscall.SysProcAttr, needDup bool) (uintptr, bool)

func pidfdFind(pid int) (uintptr, error)

func (p *Process) pidfdWait() (*ProcessState, error)

func (p *Process) pidfdSendSignal(s syscall.Signal) error

func pidfdWorks() bool

var checkPidfdOnce = sync.OnceValue(checkPidfd)

func checkPidfd() error

func checkClonePidfd() error

func ignoreSIGSYS()

func restoreSIGSYS()
