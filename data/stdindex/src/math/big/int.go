package big

import (
	"fmt"
	"io"
	"math/rand"
	"strings"
)

type Int struct {
	neg bool 
	abs nat  
}

var intOne = &Int{false, natOne}

func (x *Int) Sign() int

func (z *Int) SetInt64(x int64) *Int

func (z *Int) SetUint64(x uint64) *Int

func NewInt(x int64) *Int

func (z *Int) Set(x *Int) *Int

func (x *Int) Bits() []Word

func (z *Int) SetBits(abs []Word) *Int

func (z *Int) Abs(x *Int) *Int

func (z *Int) Neg(x *Int) *Int

func (z *Int) Add(x, y *Int) *Int

func (z *Int) Sub(x, y *Int) *Int

func (z *Int) Mul(x, y *Int) *Int

func (z *Int) mul(stk *stack, x, y *Int)

func (z *Int) MulRange(a, b int64) *Int

func (z *Int) Binomial(n, k int64) *Int

func (z *Int) Quo(x, y *Int) *Int

func (z *Int) Rem(x, y *Int) *Int

func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int)

func (z *Int) Div(x, y *Int) *Int

func (z *Int) Mod(x, y *Int) *Int

func (z *Int) DivMod(x, y, m *Int) (*Int, *Int)

func (x *Int) Cmp(y *Int) (r int)

func (x *Int) CmpAbs(y *Int) int

func low32(x nat) uint32

func low64(x nat) uint64

func (x *Int) Int64() int64

func (x *Int) Uint64() uint64

func (x *Int) IsInt64() bool

func (x *Int) IsUint64() bool

func (x *Int) Float64() (float64, Accuracy)

func (z *Int) SetString(s string, base int) (*Int, bool)

func (z *Int) setFromScanner(r io.ByteScanner, base int) (*Int, bool)

func (z *Int) SetBytes(buf []byte) *Int

func (x *Int) Bytes() []byte

func (x *Int) FillBytes(buf []byte) []byte

func (x *Int) BitLen() int

func (x *Int) TrailingZeroBits() uint

func (z *Int) Exp(x, y, m *Int) *Int

func (z *Int) expSlow(x, y, m *Int) *Int

func (z *Int) exp(x, y, m *Int, slow bool) *Int

func (z *Int) GCD(x, y, a, b *Int) *Int

func lehmerSimulate(A, B *Int) (u0, u1, v0, v1 Word, even bool)

func lehmerUpdate(A, B, q, r *Int, u0, u1, v0, v1 Word, even bool)

func mulW(z, x *Int, neg bool, w Word)

func euclidUpdate(A, B, Ua, Ub, q, r *Int, extended bool) (nA, nB, nr, nUa, nUb *Int)

func (z *Int) lehmerGCD(x, y, a, b *Int) *Int

func (z *Int) Rand(rnd *rand.Rand, n *Int) *Int

func (z *Int) ModInverse(g, n *Int) *Int

func (z nat) modInverse(g, n nat) nat

func Jacobi(x, y *Int) int

func (z *Int) modSqrt3Mod4Prime(x, p *Int) *Int

func (z *Int) modSqrt5Mod8Prime(x, p *Int) *Int

func (z *Int) modSqrtTonelliShanks(x, p *Int) *Int

func (z *Int) ModSqrt(x, p *Int) *Int

func (z *Int) Lsh(x *Int, n uint) *Int

func (z *Int) Rsh(x *Int, n uint) *Int

func (x *Int) Bit(i int) uint

func (z *Int) SetBit(x *Int, i int, b uint) *Int

func (z *Int) And(x, y *Int) *Int

func (z *Int) AndNot(x, y *Int) *Int

func (z *Int) Or(x, y *Int) *Int

func (z *Int) Xor(x, y *Int) *Int

func (z *Int) Not(x *Int) *Int

func (z *Int) Sqrt(x *Int) *Int
