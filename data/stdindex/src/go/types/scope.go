package types

import (
	"fmt"
	"go/token"
	"io"
	"slices"
	"strings"
	"sync"
)

type Scope struct {
	parent   *Scope
	children []*Scope
	number   int               
	elems    map[string]Object 
	pos, end token.Pos         
	comment  string            
	isFunc   bool              
}

func NewScope(parent *Scope, pos, end token.Pos, comment string) *Scope

func (s *Scope) Parent() *Scope

func (s *Scope) Len() int

func (s *Scope) Names() []string

func (s *Scope) NumChildren() int

func (s *Scope) Child(i int) *Scope

func (s *Scope) Lookup(name string) Object

func (s *Scope) lookupIgnoringCase(name string, exported bool) []Object

func (s *Scope) Insert(obj Object) Object

func (s *Scope) _InsertLazy(name string, resolve func() Object) bool

func (s *Scope) insert(name string, obj Object)

func (s *Scope) WriteTo(w io.Writer, n int, recurse bool)

func (s *Scope) String() string

type lazyObject struct {
	parent  *Scope
	resolve func() Object
	obj     Object
	once    sync.Once
}

func resolve(name string, obj Object) Object

func (*lazyObject) Parent() *Scope

func (*lazyObject) Pos() token.Pos

func (*lazyObject) Pkg() *Package

func (*lazyObject) Name() string

func (*lazyObject) Type() Type

func (*lazyObject) Exported() bool

func (*lazyObject) Id() string

func (*lazyObject) String() string

func (*lazyObject) order() uint32

func (*lazyObject) setType(Type)

func (*lazyObject) setOrder(uint32)

func (*lazyObject) setParent(*Scope)

func (*lazyObject) sameId(*Package, string, bool) bool

func (*lazyObject) scopePos() token.Pos

func (*lazyObject) setScopePos(token.Pos)
