package sort

import (
	"internal/reflectlite"
	"math/bits"
)

func Slice(x any, less func(i, j int) bool)

func SliceStable(x any, less func(i, j int) bool)

func SliceIsSorted(x any, less func(i, j int) bool) bool
