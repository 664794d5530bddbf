package types

type Array struct {
	len  int64
	elem Type
}

func NewArray(elem Type, len int64) *Array

func (a *Array) Len() int64

func (a *Array) Elem() Type

func (a *Array) Underlying() Type

func (a *Array) String() string
