package types

import (
	"fmt"
	"go/ast"
	"go/token"
	. "internal/types/errors"
	"path/filepath"
	"strings"
)

type Signature struct {
	rparams  *TypeParamList 
	tparams  *TypeParamList 
	scope    *Scope         
	recv     *Var           
	params   *Tuple         
	results  *Tuple         
	variadic bool           
}

func NewSignature(recv *Var, params, results *Tuple, variadic bool) *Signature

func NewSignatureType(recv *Var, recvTypeParams, typeParams []*TypeParam, params, results *Tuple, variadic bool) *Signature

func (s *Signature) Recv() *Var

func (s *Signature) TypeParams() *TypeParamList

func (s *Signature) RecvTypeParams() *TypeParamList

func (s *Signature) Params() *Tuple

func (s *Signature) Results() *Tuple

func (s *Signature) Variadic() bool

func (s *Signature) Underlying() Type

func (s *Signature) String() string

func (check *Checker) funcType(sig *Signature, recvPar *ast.FieldList, ftyp *ast.FuncType)

func (check *Checker) collectRecv(rparam *ast.Field, scopePos token.Pos) (*Var, *TypeParamList)

func unpointer(t Type) Type

func (check *Checker) recordParenthesizedRecvTypes(expr ast.Expr, typ Type)

func (check *Checker) collectParams(kind VarKind, list *ast.FieldList) (names []*ast.Ident, params []*Var, variadic bool)

func (check *Checker) declareParams(names []*ast.Ident, params []*Var, scopePos token.Pos)

func (check *Checker) validRecv(pos positioner, recv *Var)

func isCGoTypeObj(fset *token.FileSet, obj *TypeName) bool
