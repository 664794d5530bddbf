package ast

import (
	"fmt"
	"go/scanner"
	"go/token"
	"strconv"
)

type pkgBuilder struct {
	fset   *token.FileSet
	errors scanner.ErrorList
}

func (p *pkgBuilder) error(pos token.Pos, msg string)

func (p *pkgBuilder) errorf(pos token.Pos, format string, args ...any)

func (p *pkgBuilder) declare(scope, altScope *Scope, obj *Object)

func resolve(scope *Scope, ident *Ident) bool

type Importer func(imports map[string]*Object, path string) (pkg *Object, err error)

func NewPackage(fset *token.FileSet, files map[string]*File, importer Importer, universe *Scope) (*Package, error)
