package types

import (
	"errors"
	"fmt"
	"go/token"
	. "internal/types/errors"
)

type genericType interface {
	Type
	TypeParams() *TypeParamList
}

func Instantiate(ctxt *Context, orig Type, targs []Type, validate bool) (Type, error)

func (check *Checker) instance(pos token.Pos, orig genericType, targs []Type, expanding *Named, ctxt *Context) (res Type)

func (check *Checker) validateTArgLen(pos token.Pos, name string, want, got int) bool

func (check *Checker) verify(pos token.Pos, tparams []*TypeParam, targs []Type, ctxt *Context) (int, error)

func (check *Checker) implements(V, T Type, constraint bool, cause *string) bool

func mentions(T, typ Type) bool
