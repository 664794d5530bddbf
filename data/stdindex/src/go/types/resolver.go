package types

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	. "internal/types/errors"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

type declInfo struct {
	file      *Scope        
	version   goVersion     
	lhs       []*Var        
	vtyp      ast.Expr      
	init      ast.Expr      
	inherited bool          
	tdecl     *ast.TypeSpec 
	fdecl     *ast.FuncDecl 
	deps map[Object]bool 
}

func (d *declInfo) hasInitializer() bool

func (d *declInfo) addDep(obj Object)

func (check *Checker) arityMatch(s, init *ast.ValueSpec)

func validatedImportPath(path string) (string, error)

func (check *Checker) declarePkgObj(ident *ast.Ident, obj Object, d *declInfo)

func (check *Checker) filename(fileNo int) string

func (check *Checker) importPackage(at positioner, path, dir string) *Package

func (check *Checker) collectObjects()

func (check *Checker) sortObjects()

func (check *Checker) unpackRecv(rtyp ast.Expr, unpackParams bool) (ptr bool, base ast.Expr, tparams []*ast.Ident)

func (check *Checker) resolveBaseTypeName(ptr bool, name *ast.Ident) (ptr_ bool, base *TypeName)

func (check *Checker) packageObjects()

func (check *Checker) unusedImports()

func (check *Checker) errorUnusedPkg(obj *PkgName)

func dir(path string) string
