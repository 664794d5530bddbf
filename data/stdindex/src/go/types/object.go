package types

import (
	"bytes"
	"fmt"
	"go/constant"
	"go/token"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Object interface {
	Parent() *Scope 
	Pos() token.Pos 
	Pkg() *Package  
	Name() string   
	Type() Type     
	Exported() bool 
	Id() string     
	String() string
	order() uint32
	setType(Type)
	setOrder(uint32)
	setParent(*Scope)
	sameId(pkg *Package, name string, foldCase bool) bool
	scopePos() token.Pos
	setScopePos(pos token.Pos)
}

func isExported(name string) bool

func Id(pkg *Package, name string) string

type object struct {
	parent    *Scope
	pos       token.Pos
	pkg       *Package
	name      string
	typ       Type
	order_    uint32
	scopePos_ token.Pos
}

func (obj *object) Parent() *Scope

func (obj *object) Pos() token.Pos

func (obj *object) Pkg() *Package

func (obj *object) Name() string

func (obj *object) Type() Type

func (obj *object) Exported() bool

func (obj *object) Id() string

func (obj *object) String() string

func (obj *object) order() uint32

func (obj *object) scopePos() token.Pos

func (obj *object) setParent(parent *Scope)

func (obj *object) setType(typ Type)

func (obj *object) setOrder(order uint32)

func (obj *object) setScopePos(pos token.Pos)

func (obj *object) sameId(pkg *Package, name string, foldCase bool) bool

func (a *object) cmp(b *object) int

type PkgName struct {
	object
	imported *Package
}

func NewPkgName(pos token.Pos, pkg *Package, name string, imported *Package) *PkgName

func (obj *PkgName) Imported() *Package

type Const struct {
	object
	val constant.Value
}

func NewConst(pos token.Pos, pkg *Package, name string, typ Type, val constant.Value) *Const

func (obj *Const) Val() constant.Value

func (*Const) isDependency()

type TypeName struct {
	object
}

func NewTypeName(pos token.Pos, pkg *Package, name string, typ Type) *TypeName

func _NewTypeNameLazy(pos token.Pos, pkg *Package, name string, load func(*Named) ([]*TypeParam, Type, []*Func, []func())) *TypeName

func (obj *TypeName) IsAlias() bool

type Var struct {
	object
	origin   *Var 
	kind     VarKind
	embedded bool 
}

type VarKind uint8

const (
	_          VarKind = iota 
	PackageVar                
	LocalVar                  
	RecvVar                   
	ParamVar                  
	ResultVar                 
	FieldVar                  
)

var varKindNames = [...]string{
	0:          "VarKind(0)",
	PackageVar: "PackageVar",
	LocalVar:   "LocalVar",
	RecvVar:    "RecvVar",
	ParamVar:   "ParamVar",
	ResultVar:  "ResultVar",
	FieldVar:   "FieldVar",
}

func (kind VarKind) String() string

func (v *Var) Kind() VarKind

func (v *Var) SetKind(kind VarKind)

func NewVar(pos token.Pos, pkg *Package, name string, typ Type) *Var

func NewParam(pos token.Pos, pkg *Package, name string, typ Type) *Var

func NewField(pos token.Pos, pkg *Package, name string, typ Type, embedded bool) *Var

func newVar(kind VarKind, pos token.Pos, pkg *Package, name string, typ Type) *Var

func (obj *Var) Anonymous() bool

func (obj *Var) Embedded() bool

func (obj *Var) IsField() bool

func (obj *Var) Origin() *Var

func (*Var) isDependency()

type Func struct {
	object
	hasPtrRecv_ bool  
	origin      *Func 
}

func NewFunc(pos token.Pos, pkg *Package, name string, sig *Signature) *Func

func (obj *Func) Signature() *Signature

func (obj *Func) FullName() string

func (obj *Func) Scope() *Scope

func (obj *Func) Origin() *Func

func (obj *Func) Pkg() *Package

func (obj *Func) hasPtrRecv() bool

func (*Func) isDependency()

type Label struct {
	object
	used bool 
}

func NewLabel(pos token.Pos, pkg *Package, name string) *Label

type Builtin struct {
	object
	id builtinId
}

func newBuiltin(id builtinId) *Builtin

type Nil struct {
	object
}

func writeObject(buf *bytes.Buffer, obj Object, qf Qualifier)

func packagePrefix(pkg *Package, qf Qualifier) string

func ObjectString(obj Object, qf Qualifier) string

func (obj *PkgName) String() string

func (obj *Const) String() string

func (obj *TypeName) String() string

func (obj *Var) String() string

func (obj *Func) String() string

func (obj *Label) String() string

func (obj *Builtin) String() string

func (obj *Nil) String() string

func writeFuncName(buf *bytes.Buffer, f *Func, qf Qualifier)

func objectKind(obj Object) string
