package types

import (
	"go/ast"
	"go/constant"
	"go/token"
	. "internal/types/errors"
)

func (check *Checker) indexExpr(x *operand, e *indexedExpr) (isFuncInst bool)

func (check *Checker) sliceExpr(x *operand, e *ast.SliceExpr)

func (check *Checker) singleIndex(expr *indexedExpr) ast.Expr

func (check *Checker) index(index ast.Expr, max int64) (typ Type, val int64)

func (check *Checker) isValidIndex(x *operand, code Code, what string, allowNegative bool) bool

type indexedExpr struct {
	orig    ast.Expr   
	x       ast.Expr   
	lbrack  token.Pos  
	indices []ast.Expr 
	rbrack  token.Pos  
}

func (x *indexedExpr) Pos() token.Pos

func unpackIndexedExpr(n ast.Node) *indexedExpr
