package types

import (
	"go/ast"
	"go/token"
)

func (check *Checker) isTerminating(s ast.Stmt, label string) bool

func (check *Checker) isTerminatingList(list []ast.Stmt, label string) bool

func (check *Checker) isTerminatingSwitch(body *ast.BlockStmt, label string) bool

func hasBreak(s ast.Stmt, label string, implicit bool) bool

func hasBreakList(list []ast.Stmt, label string, implicit bool) bool
