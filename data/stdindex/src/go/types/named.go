package types

import (
	"go/token"
	"strings"
	"sync"
	"sync/atomic"
)

type Named struct {
	check *Checker  
	obj   *TypeName 
	allowNilRHS        bool 
	allowNilUnderlying bool 
	inst *instance 
	mu         sync.Mutex     
	state_     uint32         
	fromRHS    Type           
	tparams    *TypeParamList 
	underlying Type           
	finite     bool           
	methods []*Func
	loader func(*Named) ([]*TypeParam, Type, []*Func, []func())
}

type instance struct {
	orig            *Named    
	targs           *TypeList 
	expandedMethods int       
	ctxt            *Context  
}

type stateMask uint32

const (
	lazyLoaded stateMask = 1 << iota 
	unpacked                         
	hasMethods                       
	hasUnder                         
	hasFinite                        
)

func NewNamed(obj *TypeName, underlying Type, methods []*Func) *Named

func (n *Named) unpack() *Named

func (n *Named) stateHas(m stateMask) bool

func (n *Named) setState(m stateMask)

func (check *Checker) newNamed(obj *TypeName, fromRHS Type, methods []*Func) *Named

func (check *Checker) newNamedInstance(pos token.Pos, orig *Named, targs []Type, expanding *Named) *Named

func (n *Named) cleanup()

func (t *Named) Obj() *TypeName

func (t *Named) Origin() *Named

func (t *Named) TypeParams() *TypeParamList

func (t *Named) SetTypeParams(tparams []*TypeParam)

func (t *Named) TypeArgs() *TypeList

func (t *Named) NumMethods() int

func (t *Named) Method(i int) *Func

func (t *Named) expandMethod(i int) *Func

func (t *Named) SetUnderlying(u Type)

func (t *Named) AddMethod(m *Func)

func (t *Named) methodIndex(name string, foldCase bool) int

func (n *Named) rhs() Type

func (n *Named) Underlying() Type

func (t *Named) String() string

func (n *Named) resolveUnderlying()

func (n *Named) lookupMethod(pkg *Package, name string, foldCase bool) (int, *Func)

func (check *Checker) context() *Context

func (n *Named) expandRHS() (rhs Type)

func safeUnderlying(typ Type) Type
