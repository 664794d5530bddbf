package http

type mapping[K comparable, V any] struct {
	s []entry[K, V] 
	m map[K]V       
}

type entry[K comparable, V any] struct {
	key   K
	value V
}

var maxSlice int = 8

func (h *mapping[K, V]) add(k K, v V)

func (h *mapping[K, V]) find(k K) (v V, found bool)

func (h *mapping[K, V]) eachPair(f func(k K, v V) bool)
