#!/usr/bin/env python3
"""Adds the struct key with padding and the odd-alignment array key to a copy of the go-truth harness."""
import sys
p = sys.argv[1]; s = open(p).read()
extra = '''	case "map[struct{a int8; b int64}]int8":
		type sk = struct{a int8; b int64}
		r = run(typ, func(i int) sk { return sk{int8(i), int64(i)} }, func(i int) int8 { return int8(i) }, n, hint, scenario)
	case "map[[3]byte]int16":
		r = run(typ, func(i int) [3]byte { return [3]byte{byte(i), byte(i >> 8), byte(i >> 16)} }, func(i int) int16 { return int16(i) }, n, hint, scenario)
	default:'''
s = s.replace('\tdefault:', extra, 1)
open(p, 'w').write(s)
