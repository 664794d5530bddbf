package types

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	. "internal/types/errors"
	_ "unsafe" 
)

type Error struct {
	Fset *token.FileSet 
	Pos  token.Pos      
	Msg  string         
	Soft bool           
	go116code  Code
	go116start token.Pos
	go116end   token.Pos
}

func (err Error) Error() string

type ArgumentError struct {
	Index int
	Err   error
}

func (e *ArgumentError) Error() string

func (e *ArgumentError) Unwrap() error

type Importer interface {
	Import(path string) (*Package, error)
}

type ImportMode int

type ImporterFrom interface {
	Importer
	ImportFrom(path, dir string, mode ImportMode) (*Package, error)
}

type Config struct {
	Context *Context
	GoVersion string
	IgnoreFuncBodies bool
	FakeImportC bool
	go115UsesCgo bool
	_Trace bool
	Error func(err error)
	Importer Importer
	Sizes Sizes
	DisableUnusedImportCheck bool
	_ErrorURL string
	_EnableAlias bool
}

func srcimporter_setUsesCgo(conf *Config)

type Info struct {
	Types map[ast.Expr]TypeAndValue
	Instances map[*ast.Ident]Instance
	Defs map[*ast.Ident]Object
	Uses map[*ast.Ident]Object
	Implicits map[ast.Node]Object
	Selections map[*ast.SelectorExpr]*Selection
	Scopes map[ast.Node]*Scope
	InitOrder []*Initializer
	FileVersions map[*ast.File]string
}

func (info *Info) recordTypes() bool

func (info *Info) TypeOf(e ast.Expr) Type

func (info *Info) ObjectOf(id *ast.Ident) Object

func (info *Info) PkgNameOf(imp *ast.ImportSpec) *PkgName

type TypeAndValue struct {
	mode  operandMode
	Type  Type
	Value constant.Value
}

func (tv TypeAndValue) IsVoid() bool

func (tv TypeAndValue) IsType() bool

func (tv TypeAndValue) IsBuiltin() bool

func (tv TypeAndValue) IsValue() bool

func (tv TypeAndValue) IsNil() bool

func (tv TypeAndValue) Addressable() bool

func (tv TypeAndValue) Assignable() bool

func (tv TypeAndValue) HasOk() bool

type Instance struct {
	TypeArgs *TypeList
	Type     Type
}

type Initializer struct {
	Lhs []*Var 
	Rhs ast.Expr
}

func (init *Initializer) String() string

func (conf *Config) Check(path string, fset *token.FileSet, files []*ast.File, info *Info) (*Package, error)
