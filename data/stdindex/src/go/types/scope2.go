package types

import "go/token"

func (s *Scope) LookupParent(name string, pos token.Pos) (*Scope, Object)

func (s *Scope) Pos() token.Pos

func (s *Scope) End() token.Pos

func (s *Scope) Contains(pos token.Pos) bool

func (s *Scope) Innermost(pos token.Pos) *Scope
