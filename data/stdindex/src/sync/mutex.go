package sync

import (
	isync "internal/sync"
)

type Mutex struct {
	_ noCopy
	mu isync.Mutex
}

type Locker interface {
	Lock()
	Unlock()
}

func (m *Mutex) Lock()

func (m *Mutex) TryLock() bool

func (m *Mutex) Unlock()
