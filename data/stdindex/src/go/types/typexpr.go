package types

import (
	"fmt"
	"go/ast"
	"go/constant"
	. "internal/types/errors"
	"strings"
)

func (check *Checker) ident(x *operand, e *ast.Ident, wantType bool)

func (check *Checker) typ(e ast.Expr) Type

func (check *Checker) varType(e ast.Expr) Type

func (check *Checker) validVarType(e ast.Expr, typ Type)

func (check *Checker) declaredType(e ast.Expr, def *TypeName) Type

func (check *Checker) genericType(e ast.Expr, cause *string) Type

func goTypeName(typ Type) string

func (check *Checker) typInternal(e0 ast.Expr, def *TypeName) (T Type)

func (check *Checker) instantiatedType(ix *indexedExpr) (res Type)

func (check *Checker) arrayLength(e ast.Expr) int64

func (check *Checker) typeList(list []ast.Expr) []Type
