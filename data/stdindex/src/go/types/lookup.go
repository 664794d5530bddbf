package types

import "bytes"

func LookupSelection(T Type, addressable bool, pkg *Package, name string) (Selection, bool)

func LookupFieldOrMethod(T Type, addressable bool, pkg *Package, name string) (obj Object, index []int, indirect bool)

func lookupFieldOrMethod(T Type, addressable bool, pkg *Package, name string, foldCase bool) (obj Object, index []int, indirect bool)

func lookupFieldOrMethodImpl(T Type, addressable bool, pkg *Package, name string, foldCase bool) (obj Object, index []int, indirect bool)

type embeddedType struct {
	typ       Type
	index     []int 
	indirect  bool  
	multiples bool  
}

func consolidateMultiples(list []embeddedType) []embeddedType

func lookupType(m map[Type]int, typ Type) (int, bool)

type instanceLookup struct {
	buf [3]*Named
	m   map[*Named][]*Named
}

func (l *instanceLookup) lookup(inst *Named) *Named

func (l *instanceLookup) add(inst *Named)

func MissingMethod(V Type, T *Interface, static bool) (method *Func, wrongType bool)

func (check *Checker) missingMethod(V, T Type, static bool, equivalent func(x, y Type) bool, cause *string) (method *Func, wrongType bool)

func (check *Checker) hasAllMethods(V, T Type, static bool, equivalent func(x, y Type) bool, cause *string) bool

func hasInvalidEmbeddedFields(T Type, seen map[*Struct]bool) bool

func isInterfacePtr(T Type) bool

func (check *Checker) interfacePtrError(T Type) string

func (check *Checker) funcString(f *Func, pkgInfo bool) string

func (check *Checker) assertableTo(V, T Type, cause *string) bool

func (check *Checker) newAssertableTo(V, T Type, cause *string) bool

func deref(typ Type) (Type, bool)

func derefStructPtr(typ Type) Type

func concat(list []int, i int) []int

func fieldIndex(fields []*Var, pkg *Package, name string, foldCase bool) int

func methodIndex(methods []*Func, pkg *Package, name string, foldCase bool) (int, *Func)
