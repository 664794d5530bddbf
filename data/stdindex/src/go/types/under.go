package types

import "iter"

func underIs(typ Type, f func(Type) bool) bool

func all(t Type, f func(t, u Type) bool) bool

func typeset(t Type) iter.Seq2[Type, Type]

type typeError struct {
	format_ string
	args    []any
}

var emptyTypeError typeError

func typeErrorf(format string, args ...any) *typeError

func (err *typeError) format(check *Checker) string

func commonUnder(t Type, cond func(t, u Type) *typeError) (Type, *typeError)
