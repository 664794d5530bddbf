package types

import (
	"go/ast"
	"go/token"
	. "internal/types/errors"
)

type monoGraph struct {
	vertices []monoVertex
	edges    []monoEdge
	canon map[*TypeParam]*TypeParam
	nameIdx map[*TypeName]int
}

type monoVertex struct {
	weight int 
	pre    int 
	len    int 
	obj *TypeName
}

type monoEdge struct {
	dst, src int
	weight   int
	pos token.Pos
	typ Type
}

func (check *Checker) monomorph()

func (check *Checker) reportInstanceLoop(v int)

func (w *monoGraph) recordCanon(mpar, tpar *TypeParam)

func (w *monoGraph) recordInstance(pkg *Package, pos token.Pos, tparams []*TypeParam, targs []Type, xlist []ast.Expr)

func (w *monoGraph) assign(pkg *Package, pos token.Pos, tpar *TypeParam, targ Type)

func (w *monoGraph) localNamedVertex(pkg *Package, named *Named) int

func (w *monoGraph) typeParamVertex(tpar *TypeParam) int

func (w *monoGraph) addEdge(dst, src, weight int, pos token.Pos, typ Type)
