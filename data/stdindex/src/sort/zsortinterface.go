package sort

func insertionSort(data Interface, a, b int)

func siftDown(data Interface, lo, hi, first int)

func heapSort(data Interface, a, b int)

func pdqsort(data Interface, a, b, limit int)

func partition(data Interface, a, b, pivot int) (newpivot int, alreadyPartitioned bool)

func partitionEqual(data Interface, a, b, pivot int) (newpivot int)

func partialInsertionSort(data Interface, a, b int) bool

func breakPatterns(data Interface, a, b int)

func choosePivot(data Interface, a, b int) (pivot int, hint sortedHint)

func order2(data Interface, a, b int, swaps *int) (int, int)

func median(data Interface, a, b, c int, swaps *int) int

func medianAdjacent(data Interface, a int, swaps *int) int

func reverseRange(data Interface, a, b int)

func swapRange(data Interface, a, b, n int)

func stable(data Interface, n int)

func symMerge(data Interface, a, m, b int)

func rotate(data Interface, a, m, b int)
