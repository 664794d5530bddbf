package sync

import (
	"sync/atomic"
)

type Once struct {
	_ noCopy
	done atomic.Bool
	m    Mutex
}

func (o *Once) Do(f func())

func (o *Once) doSlow(f func())
