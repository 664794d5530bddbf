package sync

import (
	isync "internal/sync"
)

type Map struct {
	_ noCopy
	m isync.HashTrieMap[any, any]
}

func (m *Map) Load(key any) (value any, ok bool)

func (m *Map) Store(key, value any)

func (m *Map) Clear()

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)

func (m *Map) LoadAndDelete(key any) (value any, loaded bool)

func (m *Map) Delete(key any)

func (m *Map) Swap(key, value any) (previous any, loaded bool)

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)

func (m *Map) CompareAndDelete(key, old any) (deleted bool)

func (m *Map) Range(f func(key, value any) bool)
