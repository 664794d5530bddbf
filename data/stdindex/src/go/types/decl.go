package types

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	. "internal/types/errors"
	"slices"
)

func (check *Checker) declare(scope *Scope, id *ast.Ident, obj Object, pos token.Pos)

func pathString(path []Object) string

func (check *Checker) objDecl(obj Object)

func (check *Checker) validCycle(obj Object) (valid bool)

func (check *Checker) cycleError(cycle []Object, start int)

func firstInSrc(path []Object) int

type (
	decl interface {
		node() ast.Node
	}
	importDecl struct{ spec *ast.ImportSpec }
	constDecl  struct {
		spec      *ast.ValueSpec
		iota      int
		typ       ast.Expr
		init      []ast.Expr
		inherited bool
	}
	varDecl  struct{ spec *ast.ValueSpec }
	typeDecl struct{ spec *ast.TypeSpec }
	funcDecl struct{ decl *ast.FuncDecl }
)

func (d importDecl) node() ast.Node

func (d constDecl) node() ast.Node

func (d varDecl) node() ast.Node

func (d typeDecl) node() ast.Node

func (d funcDecl) node() ast.Node

func (check *Checker) walkDecls(decls []ast.Decl, f func(decl))

func (check *Checker) walkDecl(d ast.Decl, f func(decl))

func (check *Checker) constDecl(obj *Const, typ, init ast.Expr, inherited bool)

func (check *Checker) varDecl(obj *Var, lhs []*Var, typ, init ast.Expr)

func (check *Checker) isImportedConstraint(typ Type) bool

func (check *Checker) typeDecl(obj *TypeName, tdecl *ast.TypeSpec)

func (check *Checker) collectTypeParams(dst **TypeParamList, list *ast.FieldList)

func (check *Checker) bound(x ast.Expr) Type

func (check *Checker) declareTypeParam(name *ast.Ident, scopePos token.Pos) *TypeParam

func (check *Checker) collectMethods(obj *TypeName)

func (check *Checker) checkFieldUniqueness(base *Named)

func (check *Checker) funcDecl(obj *Func, decl *declInfo)

func (check *Checker) declStmt(d ast.Decl)
