package types

import (
	"go/constant"
	"go/token"
	. "internal/types/errors"
	"math"
)

func (check *Checker) overflow(x *operand, opPos token.Pos)

func representableConst(x constant.Value, check *Checker, typ *Basic, rounded *constant.Value) bool

func fitsFloat32(x constant.Value) bool

func roundFloat32(x constant.Value) constant.Value

func fitsFloat64(x constant.Value) bool

func roundFloat64(x constant.Value) constant.Value

func (check *Checker) representable(x *operand, typ *Basic)

func (check *Checker) representation(x *operand, typ *Basic) (constant.Value, Code)

func (check *Checker) invalidConversion(code Code, x *operand, target Type)

func (check *Checker) convertUntyped(x *operand, target Type)
