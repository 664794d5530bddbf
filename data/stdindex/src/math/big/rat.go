package big

import (
	"fmt"
	"math"
)

type Rat struct {
	a, b Int
}

func NewRat(a, b int64) *Rat

func (z *Rat) SetFloat64(f float64) *Rat

func quotToFloat32(stk *stack, a, b nat) (f float32, exact bool)

func quotToFloat64(stk *stack, a, b nat) (f float64, exact bool)

func (x *Rat) Float32() (f float32, exact bool)

func (x *Rat) Float64() (f float64, exact bool)

func (z *Rat) SetFrac(a, b *Int) *Rat

func (z *Rat) SetFrac64(a, b int64) *Rat

func (z *Rat) SetInt(x *Int) *Rat

func (z *Rat) SetInt64(x int64) *Rat

func (z *Rat) SetUint64(x uint64) *Rat

func (z *Rat) Set(x *Rat) *Rat

func (z *Rat) Abs(x *Rat) *Rat

func (z *Rat) Neg(x *Rat) *Rat

func (z *Rat) Inv(x *Rat) *Rat

func (x *Rat) Sign() int

func (x *Rat) IsInt() bool

func (x *Rat) Num() *Int

func (x *Rat) Denom() *Int

func (z *Rat) norm() *Rat

func mulDenom(stk *stack, z, x, y nat) nat

func (z *Int) scaleDenom(stk *stack, x *Int, f nat)

func (x *Rat) Cmp(y *Rat) int

func (z *Rat) Add(x, y *Rat) *Rat

func (z *Rat) Sub(x, y *Rat) *Rat

func (z *Rat) Mul(x, y *Rat) *Rat

func (z *Rat) Quo(x, y *Rat) *Rat
