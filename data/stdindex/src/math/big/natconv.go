package big

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"sync"
)

const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

const MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)

const maxBaseSmall = 10 + ('z' - 'a' + 1)

func maxPow(b Word) (p Word, n int)

func pow(x Word, n int) (p Word)

var (
	errNoDigits = errors.New("number has no digits")
	errInvalSep = errors.New("'_' must separate successive digits")
)

func (z nat) scan(r io.ByteScanner, base int, fracOk bool) (res nat, b, count int, err error)

func (x nat) utoa(base int) []byte

func (x nat) itoa(neg bool, base int) []byte

func (q nat) convertWords(stk *stack, s []byte, b Word, ndigits int, bb Word, table []divisor)

var leafSize int = 8

type divisor struct {
	bbb     nat 
	nbits   int 
	ndigits int 
}

var cacheBase10 struct {
	sync.Mutex
	table [64]divisor 
}

func (z nat) expWW(stk *stack, x, y Word) nat

func divisors(stk *stack, m int, b Word, ndigits int, bb Word) []divisor
