package big

import (
	"fmt"
	"math"
	"math/bits"
)

const debugFloat = false

type Float struct {
	prec uint32
	mode RoundingMode
	acc  Accuracy
	form form
	neg  bool
	mant nat
	exp  int32
}

type ErrNaN struct {
	msg string
}

func (err ErrNaN) Error() string

func NewFloat(x float64) *Float

const (
	MaxExp  = math.MaxInt32  
	MinExp  = math.MinInt32  
	MaxPrec = math.MaxUint32 
)

type form byte

const (
	zero form = iota
	finite
	inf
)

type RoundingMode byte

const (
	ToNearestEven RoundingMode = iota 
	ToNearestAway                     
	ToZero                            
	AwayFromZero                      
	ToNegativeInf                     
	ToPositiveInf                     
)

type Accuracy int8

const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

func (z *Float) SetPrec(prec uint) *Float

func makeAcc(above bool) Accuracy

func (z *Float) SetMode(mode RoundingMode) *Float

func (x *Float) Prec() uint

func (x *Float) MinPrec() uint

func (x *Float) Mode() RoundingMode

func (x *Float) Acc() Accuracy

func (x *Float) Sign() int

func (x *Float) MantExp(mant *Float) (exp int)

func (z *Float) setExpAndRound(exp int64, sbit uint)

func (z *Float) SetMantExp(mant *Float, exp int) *Float

func (x *Float) Signbit() bool

func (x *Float) IsInf() bool

func (x *Float) IsInt() bool

func (x *Float) validate()

func (x *Float) validate0() string

func (z *Float) round(sbit uint)

func (z *Float) setBits64(neg bool, x uint64) *Float

func (z *Float) SetUint64(x uint64) *Float

func (z *Float) SetInt64(x int64) *Float

func (z *Float) SetFloat64(x float64) *Float

func fnorm(m nat) int64

func (z *Float) SetInt(x *Int) *Float

func (z *Float) SetRat(x *Rat) *Float

func (z *Float) SetInf(signbit bool) *Float

func (z *Float) Set(x *Float) *Float

func (z *Float) Copy(x *Float) *Float

func msb32(x nat) uint32

func msb64(x nat) uint64

func (x *Float) Uint64() (uint64, Accuracy)

func (x *Float) Int64() (int64, Accuracy)

func (x *Float) Float32() (float32, Accuracy)

func (x *Float) Float64() (float64, Accuracy)

func (x *Float) Int(z *Int) (*Int, Accuracy)

func (x *Float) Rat(z *Rat) (*Rat, Accuracy)

func (z *Float) Abs(x *Float) *Float

func (z *Float) Neg(x *Float) *Float

func validateBinaryOperands(x, y *Float)

func (z *Float) uadd(x, y *Float)

func (z *Float) usub(x, y *Float)

func (z *Float) umul(x, y *Float)

func (z *Float) uquo(x, y *Float)

func (x *Float) ucmp(y *Float) int

func (z *Float) Add(x, y *Float) *Float

func (z *Float) Sub(x, y *Float) *Float

func (z *Float) Mul(x, y *Float) *Float

func (z *Float) Quo(x, y *Float) *Float

func (x *Float) Cmp(y *Float) int

func (x *Float) ord() int
