package sort

func insertionSort_func(data lessSwap, a, b int)

func siftDown_func(data lessSwap, lo, hi, first int)

func heapSort_func(data lessSwap, a, b int)

func pdqsort_func(data lessSwap, a, b, limit int)

func partition_func(data lessSwap, a, b, pivot int) (newpivot int, alreadyPartitioned bool)

func partitionEqual_func(data lessSwap, a, b, pivot int) (newpivot int)

func partialInsertionSort_func(data lessSwap, a, b int) bool

func breakPatterns_func(data lessSwap, a, b int)

func choosePivot_func(data lessSwap, a, b int) (pivot int, hint sortedHint)

func order2_func(data lessSwap, a, b int, swaps *int) (int, int)

func median_func(data lessSwap, a, b, c int, swaps *int) int

func medianAdjacent_func(data lessSwap, a int, swaps *int) int

func reverseRange_func(data lessSwap, a, b int)

func swapRange_func(data lessSwap, a, b, n int)

func stable_func(data lessSwap, n int)

func symMerge_func(data lessSwap, a, m, b int)

func rotate_func(data lessSwap, a, m, b int)
