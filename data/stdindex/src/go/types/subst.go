package types

import (
	"go/token"
)

type substMap map[*TypeParam]Type

func makeSubstMap(tpars []*TypeParam, targs []Type) substMap

func makeRenameMap(from, to []*TypeParam) substMap

func (m substMap) empty() bool

func (m substMap) lookup(tpar *TypeParam) Type

func (check *Checker) subst(pos token.Pos, typ Type, smap substMap, expanding *Named, ctxt *Context) Type

type subster struct {
	pos       token.Pos
	smap      substMap
	check     *Checker 
	expanding *Named   
	ctxt      *Context
}

func (subst *subster) typ(typ Type) Type

func (subst *subster) typOrNil(typ Type) Type

func (subst *subster) var_(v *Var) *Var

func cloneVar(v *Var, typ Type) *Var

func (subst *subster) tuple(t *Tuple) *Tuple

func substList[T comparable](in []T, subst func(T) T) (out []T)

func (subst *subster) func_(f *Func) *Func

func cloneFunc(f *Func, typ Type) *Func

func (subst *subster) term(t *Term) *Term

func replaceRecvType(in []*Func, old, new Type) (out []*Func, copied bool)
