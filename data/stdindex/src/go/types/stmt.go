package types

import (
	"go/ast"
	"go/constant"
	"go/token"
	. "internal/types/errors"
	"slices"
)

func (check *Checker) funcBody(decl *declInfo, name string, sig *Signature, body *ast.BlockStmt, iota constant.Value)

func (check *Checker) usage(scope *Scope)

type stmtContext uint

const (
	breakOk stmtContext = 1 << iota
	continueOk
	fallthroughOk
	finalSwitchCase
	inTypeSwitch
)

func (check *Checker) simpleStmt(s ast.Stmt)

func trimTrailingEmptyStmts(list []ast.Stmt) []ast.Stmt

func (check *Checker) stmtList(ctxt stmtContext, list []ast.Stmt)

func (check *Checker) multipleDefaults(list []ast.Stmt)

func (check *Checker) openScope(node ast.Node, comment string)

func (check *Checker) closeScope()

func assignOp(op token.Token) token.Token

func (check *Checker) suspendedCall(keyword string, call *ast.CallExpr)

func goVal(val constant.Value) any

type (
	valueMap  map[any][]valueType 
	valueType struct {
		pos token.Pos
		typ Type
	}
)

func (check *Checker) caseValues(x *operand, values []ast.Expr, seen valueMap)

func (check *Checker) isNil(e ast.Expr) bool

func (check *Checker) caseTypes(x *operand, types []ast.Expr, seen map[Type]ast.Expr) Type

func (check *Checker) caseTypes_currently_unused(x *operand, xtyp *Interface, types []ast.Expr, seen map[string]ast.Expr) Type

func (check *Checker) stmt(ctxt stmtContext, s ast.Stmt)
