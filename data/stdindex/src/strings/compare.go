package strings

import "internal/bytealg"

func Compare(a, b string) int
