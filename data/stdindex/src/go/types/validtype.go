package types

import "go/token"

func (check *Checker) validType(typ *Named)

func (check *Checker) validType0(pos token.Pos, typ Type, nest, path []*Named) bool

func makeObjList(tlist []*Named) []Object
