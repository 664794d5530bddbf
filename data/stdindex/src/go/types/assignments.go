package types

import (
	"fmt"
	"go/ast"
	. "internal/types/errors"
	"strings"
)

func (check *Checker) assignment(x *operand, T Type, context string)

func (check *Checker) initConst(lhs *Const, x *operand)

func (check *Checker) initVar(lhs *Var, x *operand, context string)

func (check *Checker) lhsVar(lhs ast.Expr) Type

func (check *Checker) assignVar(lhs, rhs ast.Expr, x *operand, context string)

func operandTypes(list []*operand) (res []Type)

func varTypes(list []*Var) (res []Type)

func (check *Checker) typesSummary(list []Type, variadic, hasDots bool) string

func measure(x int, unit string) string

func (check *Checker) assignError(rhs []ast.Expr, l, r int)

func (check *Checker) returnError(at positioner, lhs []*Var, rhs []*operand)

func (check *Checker) initVars(lhs []*Var, orig_rhs []ast.Expr, returnStmt ast.Stmt)

func (check *Checker) assignVars(lhs, orig_rhs []ast.Expr)

func (check *Checker) shortVarDecl(pos positioner, lhs, rhs []ast.Expr)
