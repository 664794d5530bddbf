package sync

import (
	"internal/race"
	"internal/synctest"
	"sync/atomic"
	"unsafe"
)

type WaitGroup struct {
	noCopy noCopy
	state atomic.Uint64
	sema  uint32
}

const waitGroupBubbleFlag = 0x8000_0000

func (wg *WaitGroup) Add(delta int)

func (wg *WaitGroup) Done()

func (wg *WaitGroup) Wait()

func (wg *WaitGroup) Go(f func())
