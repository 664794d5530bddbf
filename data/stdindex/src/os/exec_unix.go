package os

import (
	"errors"
	"syscall"
	"time"
)

const (
	pidUnset    = 0
	pidReleased = -1
)

func (p *Process) wait() (ps *ProcessState, err error)

func (p *Process) pidWait() (*ProcessState, error)

func (p *Process) signal(sig Signal) error

func (p *Process) pidSignal(s syscall.Signal) error

func convertESRCH(err error) error

func findProcess(pid int) (p *Process, err error)

func (p *ProcessState) userTime() time.Duration

func (p *ProcessState) systemTime() time.Duration
