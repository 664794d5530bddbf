package types

import "go/ast"

func (check *Checker) directCycles()

func (check *Checker) directCycle(tname *TypeName, pathIdx map[*TypeName]int)

func (check *Checker) finiteSize(t Type) bool
