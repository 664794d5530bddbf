package types

import (
	"go/ast"
	"go/constant"
	"go/token"
	. "internal/types/errors"
)

func (check *Checker) builtin(x *operand, call *ast.CallExpr, id builtinId) (_ bool)

func sliceElem(x *operand) (Type, *typeError)

func hasVarSize(t Type, seen map[*Named]bool) (varSized bool)

func (check *Checker) applyTypeFunc(f func(Type) Type, x *operand, id builtinId) Type

func makeSig(res Type, args ...Type) *Signature

func arrayPtrDeref(typ Type) Type
