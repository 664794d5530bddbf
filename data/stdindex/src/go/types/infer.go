package types

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
)

const enableReverseTypeInference = true

func (check *Checker) infer(posn positioner, tparams []*TypeParam, targs []Type, params *Tuple, args []*operand, reverse bool, err *error_) (inferred []Type)

func (check *Checker) renameTParams(pos token.Pos, tparams []*TypeParam, typ Type) ([]*TypeParam, Type)

func typeParamsString(list []*TypeParam) string

func isParameterized(tparams []*TypeParam, typ Type) bool

type tpWalker struct {
	tparams []*TypeParam
	seen    map[Type]bool
}

func (w *tpWalker) isParameterized(typ Type) (res bool)

func (w *tpWalker) varList(list []*Var) bool

func coreTerm(tpar *TypeParam) (*term, bool)

func killCycles(tparams []*TypeParam, inferred []Type)

type cycleFinder struct {
	tparams  []*TypeParam
	inferred []Type
	seen     map[Type]bool
}

func (w *cycleFinder) typ(typ Type)

func (w *cycleFinder) varList(list []*Var)
