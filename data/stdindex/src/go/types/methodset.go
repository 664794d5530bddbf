package types

import (
	"fmt"
	"sort"
	"strings"
)

type MethodSet struct {
	list []*Selection
}

func (s *MethodSet) String() string

func (s *MethodSet) Len() int

func (s *MethodSet) At(i int) *Selection

func (s *MethodSet) Lookup(pkg *Package, name string) *Selection

var emptyMethodSet MethodSet

func NewMethodSet(T Type) *MethodSet

type methodSet map[string]*Selection

func (s methodSet) add(list []*Func, index []int, indirect bool, multiples bool) methodSet

func (s methodSet) addOne(f *Func, index []int, indirect bool, multiples bool) methodSet
