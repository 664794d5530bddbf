package types

import (
	"fmt"
)

type Package struct {
	path      string
	name      string
	scope     *Scope
	imports   []*Package
	complete  bool
	fake      bool   
	cgo       bool   
	goVersion string 
}

func NewPackage(path, name string) *Package

func (pkg *Package) Path() string

func (pkg *Package) Name() string

func (pkg *Package) SetName(name string)

func (pkg *Package) GoVersion() string

func (pkg *Package) Scope() *Scope

func (pkg *Package) Complete() bool

func (pkg *Package) MarkComplete()

func (pkg *Package) Imports() []*Package

func (pkg *Package) SetImports(list []*Package)

func (pkg *Package) String() string
