package types

import (
	"go/ast"
	"go/constant"
)

func (check *Checker) record(x *operand)

func (check *Checker) recordUntyped()

func (check *Checker) recordTypeAndValue(x ast.Expr, mode operandMode, typ Type, val constant.Value)

func (check *Checker) recordBuiltinType(f ast.Expr, sig *Signature)

func (check *Checker) recordCommaOkTypes(x ast.Expr, a []*operand)

func (check *Checker) recordInstance(expr ast.Expr, targs []Type, typ Type)

func (check *Checker) recordDef(id *ast.Ident, obj Object)

func (check *Checker) recordUse(id *ast.Ident, obj Object)

func (check *Checker) recordImplicit(node ast.Node, obj Object)

func (check *Checker) recordSelection(x *ast.SelectorExpr, kind SelectionKind, recv Type, obj Object, index []int, indirect bool)

func (check *Checker) recordScope(node ast.Node, scope *Scope)
