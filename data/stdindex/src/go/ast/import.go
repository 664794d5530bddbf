package ast

import (
	"cmp"
	"go/token"
	"slices"
	"strconv"
)

func SortImports(fset *token.FileSet, f *File)

func lineAt(fset *token.FileSet, pos token.Pos) int

func importPath(s Spec) string

func importName(s Spec) string

func importComment(s Spec) string

func collapse(prev, next Spec) bool

type posSpan struct {
	Start token.Pos
	End   token.Pos
}

type cgPos struct {
	left bool 
	cg   *CommentGroup
}

func sortSpecs(fset *token.FileSet, f *File, d *GenDecl, specs []Spec) []Spec

func updateBasicLitPos(lit *BasicLit, pos token.Pos)
