package types

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"internal/godebug"
	. "internal/types/errors"
	"os"
	"sync/atomic"
)

var nopos token.Pos

var noposn = atPos(nopos)

const debug = false

const tracePos = true

var gotypesalias = godebug.New("gotypesalias")

var _aliasAny int32

func aliasAny() bool

type exprInfo struct {
	isLhs bool 
	mode  operandMode
	typ   *Basic
	val   constant.Value 
}

type environment struct {
	decl          *declInfo              
	scope         *Scope                 
	version       goVersion              
	iota          constant.Value         
	errpos        positioner             
	inTParamList  bool                   
	sig           *Signature             
	isPanic       map[*ast.CallExpr]bool 
	hasLabel      bool                   
	hasCallOrRecv bool                   
	exprPos token.Pos 
}

func (env *environment) lookupScope(name string) (*Scope, Object)

func (env *environment) lookup(name string) Object

type importKey struct {
	path, dir string
}

type dotImportKey struct {
	scope *Scope
	name  string
}

type action struct {
	version goVersion   
	f       func()      
	desc    *actionDesc 
}

func (a *action) describef(pos positioner, format string, args ...any)

type actionDesc struct {
	pos    positioner
	format string
	args   []any
}

type Checker struct {
	conf *Config
	ctxt *Context 
	fset *token.FileSet
	pkg  *Package
	*Info
	nextID  uint64                 
	objMap  map[Object]*declInfo   
	objList []Object               
	impMap  map[importKey]*Package 
	pkgPathMap map[string]map[string]bool
	seenPkgMap map[*Package]bool
	files         []*ast.File               
	versions      map[*ast.File]string      
	imports       []*PkgName                
	dotImportMap  map[dotImportKey]*PkgName 
	brokenAliases map[*TypeName]bool        
	unionTypeSets map[*Union]*_TypeSet      
	usedVars      map[*Var]bool             
	usedPkgNames  map[*PkgName]bool         
	mono          monoGraph                 
	firstErr   error                 
	methods    map[*TypeName][]*Func 
	untyped    map[ast.Expr]exprInfo 
	delayed    []action              
	objPath    []Object              
	objPathIdx map[Object]int        
	cleaners   []cleaner             
	environment
	posStack []positioner 
	indent   int          
}

func (check *Checker) addDeclDep(to Object)

func (check *Checker) brokenAlias(alias *TypeName)

func (check *Checker) validAlias(alias *TypeName, typ Type)

func (check *Checker) isBrokenAlias(alias *TypeName) bool

func (check *Checker) rememberUntyped(e ast.Expr, lhs bool, mode operandMode, typ *Basic, val constant.Value)

func (check *Checker) later(f func()) *action

func (check *Checker) push(obj Object)

func (check *Checker) pop()

type cleaner interface {
	cleanup()
}

func (check *Checker) needsCleanup(c cleaner)

func NewChecker(conf *Config, fset *token.FileSet, pkg *Package, info *Info) *Checker

func (check *Checker) initFiles(files []*ast.File)

func versionMax(a, b goVersion) goVersion

func (check *Checker) pushPos(pos positioner)

func (check *Checker) popPos()

type bailout struct{}

func (check *Checker) handleBailout(err *error)

func (check *Checker) Files(files []*ast.File) (err error)

func (check *Checker) checkFiles(files []*ast.File)

func (check *Checker) processDelayed(top int)

func (check *Checker) cleanup()

func (check *Checker) recordTypeAndValueInSyntax(x ast.Expr, mode operandMode, typ Type, val constant.Value)

func (check *Checker) recordCommaOkTypesInSyntax(x ast.Expr, t0, t1 Type)

func instantiatedIdent(expr ast.Expr) *ast.Ident
