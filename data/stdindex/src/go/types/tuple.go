package types

type Tuple struct {
	vars []*Var
}

func NewTuple(x ...*Var) *Tuple

func (t *Tuple) Len() int

func (t *Tuple) At(i int) *Var

func (t *Tuple) Underlying() Type

func (t *Tuple) String() string
