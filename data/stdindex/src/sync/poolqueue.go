package sync

import (
	"sync/atomic"
	"unsafe"
)

type poolDequeue struct {
	headTail atomic.Uint64
	vals []eface
}

type eface struct {
	typ, val unsafe.Pointer
}

const dequeueBits = 32

const dequeueLimit = (1 << dequeueBits) / 4

type dequeueNil *struct{}

func (d *poolDequeue) unpack(ptrs uint64) (head, tail uint32)

func (d *poolDequeue) pack(head, tail uint32) uint64

func (d *poolDequeue) pushHead(val any) bool

func (d *poolDequeue) popHead() (any, bool)

func (d *poolDequeue) popTail() (any, bool)

type poolChain struct {
	head *poolChainElt
	tail atomic.Pointer[poolChainElt]
}

type poolChainElt struct {
	poolDequeue
	next, prev atomic.Pointer[poolChainElt]
}

func (c *poolChain) pushHead(val any)

func (c *poolChain) popHead() (any, bool)

func (c *poolChain) popTail() (any, bool)
