package types

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

const (
	unificationDepthLimit = 50
	panicAtUnificationDepthLimit = true
	enableCoreTypeUnification = true
	traceInference = false
)

type unifier struct {
	handles                  map[*TypeParam]*Type
	depth                    int  
	enableInterfaceInference bool 
}

func newUnifier(tparams []*TypeParam, targs []Type, enableInterfaceInference bool) *unifier

type unifyMode uint

const (
	assign unifyMode = 1 << iota
	exact
)

func (m unifyMode) String() string

func (u *unifier) unify(x, y Type, mode unifyMode) bool

func (u *unifier) tracef(format string, args ...any)

func (u *unifier) String() string

type typeParamsById []*TypeParam

func (s typeParamsById) Len() int

func (s typeParamsById) Less(i, j int) bool

func (s typeParamsById) Swap(i, j int)

func (u *unifier) join(x, y *TypeParam) bool

func (u *unifier) asBoundTypeParam(x Type) *TypeParam

func (u *unifier) setHandle(x *TypeParam, h *Type)

func (u *unifier) at(x *TypeParam) Type

func (u *unifier) set(x *TypeParam, t Type)

func (u *unifier) unknowns() int

func (u *unifier) inferred(tparams []*TypeParam) []Type

func asInterface(x Type) (i *Interface)

func (u *unifier) nify(x, y Type, mode unifyMode, p *ifacePair) (result bool)
