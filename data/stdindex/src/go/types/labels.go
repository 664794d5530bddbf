package types

import (
	"go/ast"
	"go/token"
	. "internal/types/errors"
	"slices"
)

func (check *Checker) labels(body *ast.BlockStmt)

type block struct {
	parent *block                      
	lstmt  *ast.LabeledStmt            
	labels map[string]*ast.LabeledStmt 
}

func (b *block) insert(s *ast.LabeledStmt)

func (b *block) gotoTarget(name string) *ast.LabeledStmt

func (b *block) enclosingTarget(name string) *ast.LabeledStmt

func (check *Checker) blockBranches(all *Scope, parent *block, lstmt *ast.LabeledStmt, list []ast.Stmt) []*ast.BranchStmt
