package types

type Map struct {
	key, elem Type
}

func NewMap(key, elem Type) *Map

func (m *Map) Key() Type

func (m *Map) Elem() Type

func (t *Map) Underlying() Type

func (t *Map) String() string
