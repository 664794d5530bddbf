package types

type Slice struct {
	elem Type
}

func NewSlice(elem Type) *Slice

func (s *Slice) Elem() Type

func (s *Slice) Underlying() Type

func (s *Slice) String() string
