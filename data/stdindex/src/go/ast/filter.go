package ast

import (
	"go/token"
	"slices"
)

func exportFilter(name string) bool

func FileExports(src *File) bool

func PackageExports(pkg *Package) bool

type Filter func(string) bool

func filterIdentList(list []*Ident, f Filter) []*Ident

func fieldName(x Expr) *Ident

func filterFieldList(fields *FieldList, filter Filter, export bool) (removedFields bool)

func filterCompositeLit(lit *CompositeLit, filter Filter, export bool)

func filterExprList(list []Expr, filter Filter, export bool) []Expr

func filterParamList(fields *FieldList, filter Filter, export bool) bool

func filterType(typ Expr, f Filter, export bool) bool

func filterSpec(spec Spec, f Filter, export bool) bool

func filterSpecList(list []Spec, f Filter, export bool) []Spec

func FilterDecl(decl Decl, f Filter) bool

func filterDecl(decl Decl, f Filter, export bool) bool

func FilterFile(src *File, f Filter) bool

func filterFile(src *File, f Filter, export bool) bool

func FilterPackage(pkg *Package, f Filter) bool

func filterPackage(pkg *Package, f Filter, export bool) bool

type MergeMode uint

const (
	FilterFuncDuplicates MergeMode = 1 << iota
	FilterUnassociatedComments
	FilterImportDuplicates
)

func nameOf(f *FuncDecl) string

var separator = &Comment{token.NoPos, "//"}

func MergePackageFiles(pkg *Package, mode MergeMode) *File
