package sort

import (
	"math/bits"
	"slices"
)

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface)

type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

type xorshift uint64

func (r *xorshift) Next() uint64

func nextPowerOfTwo(length int) uint

type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool

func Reverse(data Interface) Interface

func IsSorted(data Interface) bool

type IntSlice []int

func (x IntSlice) Len() int

func (x IntSlice) Less(i, j int) bool

func (x IntSlice) Swap(i, j int)

func (x IntSlice) Sort()

type Float64Slice []float64

func (x Float64Slice) Len() int

func (x Float64Slice) Less(i, j int) bool

func (x Float64Slice) Swap(i, j int)

func isNaN(f float64) bool

func (x Float64Slice) Sort()

type StringSlice []string

func (x StringSlice) Len() int

func (x StringSlice) Less(i, j int) bool

func (x StringSlice) Swap(i, j int)

func (x StringSlice) Sort()

func Ints(x []int)

func Float64s(x []float64)

func Strings(x []string)

func IntsAreSorted(x []int) bool

func Float64sAreSorted(x []float64) bool

func StringsAreSorted(x []string) bool

func Stable(data Interface)
