package types

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	. "internal/types/errors"
)

type opPredicates map[token.Token]func(Type) bool

var unaryOpPredicates opPredicates

func init()

func (check *Checker) op(m opPredicates, x *operand, op token.Token) bool

func opPos(x ast.Expr) token.Pos

func opName(e ast.Expr) string

var op2str1 = [...]string{
	token.XOR: "bitwise complement",
}

var op2str2 = [...]string{
	token.ADD: "addition",
	token.SUB: "subtraction",
	token.XOR: "bitwise XOR",
	token.MUL: "multiplication",
	token.SHL: "shift",
}

func (check *Checker) unary(x *operand, e *ast.UnaryExpr)

func (check *Checker) chanElem(pos positioner, x *operand, recv bool) Type

func isShift(op token.Token) bool

func isComparison(op token.Token) bool

func (check *Checker) updateExprType(x ast.Expr, typ Type, final bool)

func (check *Checker) updateExprVal(x ast.Expr, val constant.Value)

func (check *Checker) implicitTypeAndValue(x *operand, target Type) (Type, constant.Value, Code)

func (check *Checker) comparison(x, y *operand, op token.Token, switchCase bool)

func (check *Checker) incomparableCause(typ Type) string

func (check *Checker) shift(x, y *operand, e ast.Expr, op token.Token)

var binaryOpPredicates opPredicates

func init()

func (check *Checker) binary(x *operand, e ast.Expr, lhs, rhs ast.Expr, op token.Token, opPos token.Pos)

func (check *Checker) matchTypes(x, y *operand)

type exprKind int

const (
	conversion exprKind = iota
	expression
	statement
)

type target struct {
	sig  *Signature
	desc string
}

func newTarget(typ Type, desc string) *target

func (check *Checker) rawExpr(T *target, x *operand, e ast.Expr, hint Type, allowGeneric bool) exprKind

func (check *Checker) nonGeneric(T *target, x *operand)

func (check *Checker) pendingType(x *operand)

func (check *Checker) exprInternal(T *target, x *operand, e ast.Expr, hint Type) exprKind

func keyVal(x constant.Value) any

func (check *Checker) typeAssertion(e ast.Expr, x *operand, T Type, typeSwitch bool)

func (check *Checker) expr(T *target, x *operand, e ast.Expr)

func (check *Checker) genericExpr(x *operand, e ast.Expr)

func (check *Checker) multiExpr(e ast.Expr, allowCommaOk bool) (list []*operand, commaOk bool)

func (check *Checker) exprWithHint(x *operand, e ast.Expr, hint Type)

func (check *Checker) exprOrType(x *operand, e ast.Expr, allowGeneric bool)

func (check *Checker) exclude(x *operand, modeset uint)

func (check *Checker) singleValue(x *operand)
