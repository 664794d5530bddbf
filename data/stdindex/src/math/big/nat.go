package big

import (
	"internal/byteorder"
	"math/bits"
	"math/rand"
	"slices"
	"sync"
)

type nat []Word

var (
	natOne  = nat{1}
	natTwo  = nat{2}
	natFive = nat{5}
	natTen  = nat{10}
)

func (z nat) String() string

func (z nat) norm() nat

func (z nat) make(n int) nat

func (z nat) setWord(x Word) nat

func (z nat) setUint64(x uint64) nat

func (z nat) set(x nat) nat

func (z nat) add(x, y nat) nat

func (z nat) sub(x, y nat) nat

func (x nat) cmp(y nat) (r int)

func (z nat) montgomery(x, y, m nat, k Word, n int) nat

func alias(x, y nat) bool

func addTo(z, x nat)

func (z nat) mulRange(stk *stack, a, b uint64) nat

type stack struct {
	w []Word
}

var stackPool sync.Pool

func getStack() *stack

func (s *stack) free()

func (s *stack) save() int

func (s *stack) restore(n int)

func (s *stack) nat(n int) nat

func (x nat) bitLen() int

func (x nat) trailingZeroBits() uint

func (x nat) isPow2() (uint, bool)

func same(x, y nat) bool

func (z nat) lsh(x nat, s uint) nat

func (z nat) rsh(x nat, s uint) nat

func (z nat) setBit(x nat, i uint, b uint) nat

func (x nat) bit(i uint) uint

func (x nat) sticky(i uint) uint

func (z nat) and(x, y nat) nat

func (z nat) trunc(x nat, n uint) nat

func (z nat) andNot(x, y nat) nat

func (z nat) or(x, y nat) nat

func (z nat) xor(x, y nat) nat

func (z nat) random(rand *rand.Rand, limit nat, n int) nat

func (z nat) expNN(stk *stack, x, y, m nat, slow bool) nat

func (z nat) expNNMontgomeryEven(stk *stack, x, y, m nat) nat

func (z nat) expNNWindowed(stk *stack, x, y nat, logM uint) nat

func (z nat) expNNMontgomery(stk *stack, x, y, m nat) nat

func (z nat) bytes(buf []byte) (i int)

func bigEndianWord(buf []byte) Word

func (z nat) setBytes(buf []byte) nat

func (z nat) sqrt(stk *stack, x nat) nat

func (z nat) subMod2N(x, y nat, n uint) nat
