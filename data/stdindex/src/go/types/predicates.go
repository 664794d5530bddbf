package types

import (
	"slices"
	"unicode"
)

func isValid(t Type) bool

func isBoolean(t Type) bool

func isInteger(t Type) bool

func isUnsigned(t Type) bool

func isFloat(t Type) bool

func isComplex(t Type) bool

func isNumeric(t Type) bool

func isString(t Type) bool

func isIntegerOrFloat(t Type) bool

func isConstType(t Type) bool

func isBasic(t Type, info BasicInfo) bool

func allBoolean(t Type) bool

func allInteger(t Type) bool

func allUnsigned(t Type) bool

func allNumeric(t Type) bool

func allString(t Type) bool

func allOrdered(t Type) bool

func allNumericOrString(t Type) bool

func allBasic(t Type, info BasicInfo) bool

func hasName(t Type) bool

func isTypeLit(t Type) bool

func isTyped(t Type) bool

func isUntyped(t Type) bool

func isUntypedNumeric(t Type) bool

func IsInterface(t Type) bool

func isNonTypeParamInterface(t Type) bool

func isTypeParam(t Type) bool

func hasEmptyTypeset(t Type) bool

func isGeneric(t Type) bool

func Comparable(T Type) bool

func comparableType(T Type, dynamic bool, seen map[Type]bool) *typeError

func hasNil(t Type) bool

func samePkg(a, b *Package) bool

type ifacePair struct {
	x, y *Interface
	prev *ifacePair
}

func (p *ifacePair) identical(q *ifacePair) bool

type comparer struct {
	ignoreTags     bool 
	ignoreInvalids bool 
}

func (c *comparer) identical(x, y Type, p *ifacePair) bool

func identicalOrigin(x, y *Named) bool

func identicalInstance(xorig Type, xargs []Type, yorig Type, yargs []Type) bool

func Default(t Type) Type

func maxType(x, y Type) Type

func clone[P *T, T any](p P) P

func isValidName(s string) bool
