package types

import (
	"go/ast"
	"go/token"
	. "internal/types/errors"
)

type Interface struct {
	check     *Checker     
	methods   []*Func      
	embeddeds []Type       
	embedPos  *[]token.Pos 
	implicit  bool         
	complete  bool         
	tset *_TypeSet 
}

func (t *Interface) typeSet() *_TypeSet

var emptyInterface = Interface{complete: true, tset: &topTypeSet}

func NewInterface(methods []*Func, embeddeds []*Named) *Interface

func NewInterfaceType(methods []*Func, embeddeds []Type) *Interface

func (check *Checker) newInterface() *Interface

func (t *Interface) MarkImplicit()

func (t *Interface) NumExplicitMethods() int

func (t *Interface) ExplicitMethod(i int) *Func

func (t *Interface) NumEmbeddeds() int

func (t *Interface) Embedded(i int) *Named

func (t *Interface) EmbeddedType(i int) Type

func (t *Interface) NumMethods() int

func (t *Interface) Method(i int) *Func

func (t *Interface) Empty() bool

func (t *Interface) IsComparable() bool

func (t *Interface) IsMethodSet() bool

func (t *Interface) IsImplicit() bool

func (t *Interface) Complete() *Interface

func (t *Interface) Underlying() Type

func (t *Interface) String() string

func (t *Interface) cleanup()

func (check *Checker) interfaceType(ityp *Interface, iface *ast.InterfaceType, def *TypeName)
