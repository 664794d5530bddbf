package sync

import (
	"sync/atomic"
	"unsafe"
)

type Cond struct {
	noCopy noCopy
	L Locker
	notify  notifyList
	checker copyChecker
}

func NewCond(l Locker) *Cond

func (c *Cond) Wait()

func (c *Cond) Signal()

func (c *Cond) Broadcast()

type copyChecker uintptr

func (c *copyChecker) check()

type noCopy struct{}

func (*noCopy) Lock()

func (*noCopy) Unlock()
