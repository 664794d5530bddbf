package ast

import (
	"fmt"
	"go/token"
	"strings"
)

type Scope struct {
	Outer   *Scope
	Objects map[string]*Object
}

func NewScope(outer *Scope) *Scope

func (s *Scope) Lookup(name string) *Object

func (s *Scope) Insert(obj *Object) (alt *Object)

func (s *Scope) String() string

type Object struct {
	Kind ObjKind
	Name string 
	Decl any    
	Data any    
	Type any    
}

func NewObj(kind ObjKind, name string) *Object

func (obj *Object) Pos() token.Pos

type ObjKind int

const (
	Bad ObjKind = iota 
	Pkg                
	Con                
	Typ                
	Var                
	Fun                
	Lbl                
)

var objKindStrings = [...]string{
	Bad: "bad",
	Pkg: "package",
	Con: "const",
	Typ: "type",
	Var: "var",
	Fun: "func",
	Lbl: "label",
}

func (kind ObjKind) String() string
