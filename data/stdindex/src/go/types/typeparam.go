package types

import "sync/atomic"

var lastID atomic.Uint32

func nextID() uint64

type TypeParam struct {
	check *Checker  
	id    uint64    
	obj   *TypeName 
	index int       
	bound Type      
}

func NewTypeParam(obj *TypeName, constraint Type) *TypeParam

func (check *Checker) newTypeParam(obj *TypeName, constraint Type) *TypeParam

func (t *TypeParam) Obj() *TypeName

func (t *TypeParam) Index() int

func (t *TypeParam) Constraint() Type

func (t *TypeParam) SetConstraint(bound Type)

func (t *TypeParam) Underlying() Type

func (t *TypeParam) String() string

func (t *TypeParam) cleanup()

func (t *TypeParam) iface() *Interface

func (t *TypeParam) is(f func(*term) bool) bool

func (t *TypeParam) typeset(f func(t, u Type) bool) bool
