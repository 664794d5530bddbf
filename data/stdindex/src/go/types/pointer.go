package types

type Pointer struct {
	base Type 
}

func NewPointer(elem Type) *Pointer

func (p *Pointer) Elem() Type

func (p *Pointer) Underlying() Type

func (p *Pointer) String() string
