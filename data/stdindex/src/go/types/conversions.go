package types

import (
	"go/constant"
	. "internal/types/errors"
	"unicode"
)

func (check *Checker) conversion(x *operand, T Type)

func (x *operand) convertibleTo(check *Checker, T Type, cause *string) bool

func isUintptr(typ Type) bool

func isUnsafePointer(typ Type) bool

func isPointer(typ Type) bool

func isBytesOrRunes(typ Type) bool
