package sync

import (
	"internal/race"
	"sync/atomic"
	"unsafe"
)

type RWMutex struct {
	w           Mutex        
	writerSem   uint32       
	readerSem   uint32       
	readerCount atomic.Int32 
	readerWait  atomic.Int32 
}

const rwmutexMaxReaders = 1 << 30

func (rw *RWMutex) RLock()

func (rw *RWMutex) TryRLock() bool

func (rw *RWMutex) RUnlock()

func (rw *RWMutex) rUnlockSlow(r int32)

func (rw *RWMutex) Lock()

func (rw *RWMutex) TryLock() bool

func (rw *RWMutex) Unlock()

func syscall_hasWaitingReaders(rw *RWMutex) bool

func (rw *RWMutex) RLocker() Locker

type rlocker RWMutex

func (r *rlocker) Lock()

func (r *rlocker) Unlock()
