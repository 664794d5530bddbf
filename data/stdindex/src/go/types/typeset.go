package types

import (
	"go/token"
	. "internal/types/errors"
	"slices"
	"strings"
)

type _TypeSet struct {
	methods    []*Func  
	terms      termlist 
	comparable bool     
}

func (s *_TypeSet) IsEmpty() bool

func (s *_TypeSet) IsAll() bool

func (s *_TypeSet) IsMethodSet() bool

func (s *_TypeSet) IsComparable(seen map[Type]bool) bool

func (s *_TypeSet) NumMethods() int

func (s *_TypeSet) Method(i int) *Func

func (s *_TypeSet) LookupMethod(pkg *Package, name string, foldCase bool) (int, *Func)

func (s *_TypeSet) String() string

func (s *_TypeSet) hasTerms() bool

func (s1 *_TypeSet) subsetOf(s2 *_TypeSet) bool

func (s *_TypeSet) all(f func(t, u Type) bool) bool

func (s *_TypeSet) is(f func(*term) bool) bool

var topTypeSet = _TypeSet{terms: allTermlist}

func computeInterfaceTypeSet(check *Checker, pos token.Pos, ityp *Interface) *_TypeSet

func intersectTermLists(xterms termlist, xcomp bool, yterms termlist, ycomp bool) (termlist, bool)

func compareFunc(a, b *Func) int

func sortMethods(list []*Func)

func assertSortedMethods(list []*Func)

var invalidTypeSet _TypeSet

func computeUnionTypeSet(check *Checker, unionSets map[*Union]*_TypeSet, pos token.Pos, utyp *Union) *_TypeSet
