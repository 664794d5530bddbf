package types

import (
	"go/token"
)

type Alias struct {
	obj     *TypeName      
	orig    *Alias         
	tparams *TypeParamList 
	targs   *TypeList      
	fromRHS Type           
	actual  Type           
}

func NewAlias(obj *TypeName, rhs Type) *Alias

func (a *Alias) Obj() *TypeName

func (a *Alias) String() string

func (a *Alias) Underlying() Type

func (a *Alias) Origin() *Alias

func (a *Alias) TypeParams() *TypeParamList

func (a *Alias) SetTypeParams(tparams []*TypeParam)

func (a *Alias) TypeArgs() *TypeList

func (a *Alias) Rhs() Type

func Unalias(t Type) Type

func unalias(a0 *Alias) Type

func asNamed(t Type) *Named

func (check *Checker) newAlias(obj *TypeName, rhs Type) *Alias

func (check *Checker) newAliasInstance(pos token.Pos, orig *Alias, targs []Type, expanding *Named, ctxt *Context) *Alias

func (a *Alias) cleanup()
