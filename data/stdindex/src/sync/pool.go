package sync

import (
	"internal/race"
	"runtime"
	"sync/atomic"
	"unsafe"
)

type Pool struct {
	noCopy noCopy
	local     unsafe.Pointer 
	localSize uintptr        
	victim     unsafe.Pointer 
	victimSize uintptr        
	New func() any
}

type poolLocalInternal struct {
	private any       
	shared  poolChain 
}

type poolLocal struct {
	poolLocalInternal
	pad [128 - unsafe.Sizeof(poolLocalInternal{})%128]byte
}

func runtime_randn(n uint32) uint32

var poolRaceHash [128]uint64

func poolRaceAddr(x any) unsafe.Pointer

func (p *Pool) Put(x any)

func (p *Pool) Get() any

func (p *Pool) getSlow(pid int) any

func (p *Pool) pin() (*poolLocal, int)

func (p *Pool) pinSlow() (*poolLocal, int)

func poolCleanup()

var (
	allPoolsMu Mutex
	allPools []*Pool
	oldPools []*Pool
)

func init()

func indexLocal(l unsafe.Pointer, i int) *poolLocal

func runtime_registerPoolCleanup(cleanup func())

func runtime_procPin() int

func runtime_procUnpin()

func runtime_LoadAcquintptr(ptr *uintptr) uintptr

func runtime_StoreReluintptr(ptr *uintptr, val uintptr)
