package types

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	. "internal/types/errors"
)

type operandMode byte

const (
	invalid   operandMode = iota 
	novalue                      
	builtin                      
	typexpr                      
	constant_                    
	variable                     
	mapindex                     
	value                        
	nilvalue                     
	commaok                      
	commaerr                     
	cgofunc                      
)

var operandModeString = [...]string{
	invalid:   "invalid operand",
	novalue:   "no value",
	builtin:   "built-in",
	typexpr:   "type",
	constant_: "constant",
	variable:  "variable",
	mapindex:  "map index expression",
	value:     "value",
	nilvalue:  "nil", 
	commaok:   "comma, ok expression",
	commaerr:  "comma, error expression",
	cgofunc:   "cgo function",
}

type operand struct {
	mode operandMode
	expr ast.Expr
	typ  Type
	val  constant.Value
	id   builtinId
}

func (x *operand) Pos() token.Pos

func operandString(x *operand, qf Qualifier) string

func compositeKind(typ Type) string

func (x *operand) String() string

func (x *operand) setConst(k token.Token, lit string)

func (x *operand) isNil() bool

func (x *operand) assignableTo(check *Checker, T Type, cause *string) (bool, Code)
