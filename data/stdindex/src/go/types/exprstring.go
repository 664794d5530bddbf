package types

import (
	"bytes"
	"fmt"
	"go/ast"
)

func ExprString(x ast.Expr) string

func WriteExpr(buf *bytes.Buffer, x ast.Expr)

func writeSigExpr(buf *bytes.Buffer, sig *ast.FuncType)

func writeFieldList(buf *bytes.Buffer, list []*ast.Field, sep string, iface bool)

func writeIdentList(buf *bytes.Buffer, list []*ast.Ident)

func writeExprList(buf *bytes.Buffer, list []ast.Expr)
