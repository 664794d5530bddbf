package types

import (
	"go/ast"
	"go/token"
	. "internal/types/errors"
	"strconv"
)

type Struct struct {
	fields []*Var   
	tags   []string 
}

func NewStruct(fields []*Var, tags []string) *Struct

func (s *Struct) NumFields() int

func (s *Struct) Field(i int) *Var

func (s *Struct) Tag(i int) string

func (t *Struct) Underlying() Type

func (t *Struct) String() string

func (s *Struct) markComplete()

func (check *Checker) structType(styp *Struct, e *ast.StructType)

func embeddedFieldIdent(e ast.Expr) *ast.Ident

func (check *Checker) declareInSet(oset *objset, pos token.Pos, obj Object) bool

func (check *Checker) tag(t *ast.BasicLit) string
