package types

import (
	"go/ast"
	"go/token"
	. "internal/types/errors"
	"strings"
)

func (check *Checker) langCompat(lit *ast.BasicLit)

func (check *Checker) basicLit(x *operand, e *ast.BasicLit)

func (check *Checker) funcLit(x *operand, e *ast.FuncLit)

func (check *Checker) compositeLit(x *operand, e *ast.CompositeLit, hint Type)

func (check *Checker) indexedElts(elts []ast.Expr, typ Type, length int64) int64
