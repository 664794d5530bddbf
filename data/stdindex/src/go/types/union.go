package types

import (
	"go/ast"
	"go/token"
	. "internal/types/errors"
)

type Union struct {
	terms []*Term 
}

func NewUnion(terms []*Term) *Union

func (u *Union) Len() int

func (u *Union) Term(i int) *Term

func (u *Union) Underlying() Type

func (u *Union) String() string

type Term term

func NewTerm(tilde bool, typ Type) *Term

func (t *Term) Tilde() bool

func (t *Term) Type() Type

func (t *Term) String() string

const maxTermCount = 100

func parseUnion(check *Checker, uexpr ast.Expr) Type

func parseTilde(check *Checker, tx ast.Expr) *Term

func overlappingTerm(terms []*Term, y *Term) int

func flattenUnion(list []ast.Expr, x ast.Expr) (blist, tlist []ast.Expr)
