package types

import (
	"go/ast"
	"go/constant"
	"go/token"
)

const isTypes2 = false

func cmpPos(p, q token.Pos) int

func hasDots(call *ast.CallExpr) bool

func dddErrPos(call *ast.CallExpr) positioner

func isdddArray(atyp *ast.ArrayType) bool

func argErrPos(call *ast.CallExpr) positioner

func startPos(n ast.Node) token.Pos

func endPos(n ast.Node) token.Pos

func makeFromLiteral(lit string, kind token.Token) constant.Value
