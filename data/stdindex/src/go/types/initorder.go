package types

import (
	"cmp"
	"container/heap"
	"fmt"
	. "internal/types/errors"
	"slices"
	"sort"
)

func (check *Checker) initOrder()

func findPath(objMap map[Object]*declInfo, from, to Object, seen map[Object]bool) []Object

func (check *Checker) reportCycle(cycle []Object)

type dependency interface {
	Object
	isDependency()
}

type graphNode struct {
	obj        dependency 
	pred, succ nodeSet    
	index      int        
	ndeps      int        
}

func (n *graphNode) cost() int

type nodeSet map[*graphNode]bool

func (s *nodeSet) add(p *graphNode)

func dependencyGraph(objMap map[Object]*declInfo) []*graphNode

type nodeQueue []*graphNode

func (a nodeQueue) Len() int

func (a nodeQueue) Swap(i, j int)

func (a nodeQueue) Less(i, j int) bool

func (a *nodeQueue) Push(x any)

func (a *nodeQueue) Pop() any
