package types

import (
	"go/ast"
	"go/token"
	. "internal/types/errors"
	"strings"
)

func (check *Checker) funcInst(T *target, pos token.Pos, x *operand, ix *indexedExpr, infer bool) []Type

func (check *Checker) instantiateSignature(pos token.Pos, expr ast.Expr, typ *Signature, targs []Type, xlist []ast.Expr) (res *Signature)

func (check *Checker) callExpr(x *operand, call *ast.CallExpr) exprKind

func (check *Checker) exprList(elist []ast.Expr) (xlist []*operand)

func (check *Checker) genericExprList(elist []ast.Expr) (resList []*operand, targsList [][]Type)

func (check *Checker) arguments(call *ast.CallExpr, sig *Signature, targs []Type, xlist []ast.Expr, args []*operand, atargs [][]Type) (rsig *Signature)

var cgoPrefixes = [...]string{
	"_Ciconst_",
	"_Cfconst_",
	"_Csconst_",
	"_Ctype_",
	"_Cvar_", 
	"_Cfpvar_fp_",
	"_Cfunc_",
	"_Cmacro_", 
}

func (check *Checker) selector(x *operand, e *ast.SelectorExpr, wantType bool)

func (check *Checker) use(args ...ast.Expr) bool

func (check *Checker) useLHS(args ...ast.Expr) bool

func (check *Checker) useN(args []ast.Expr, lhs bool) bool

func (check *Checker) use1(e ast.Expr, lhs bool) bool
