package big

import (
	"math/bits"
	_ "unsafe" 
)

type Word uint

const (
	_S = _W / 8 
	_W = bits.UintSize 
	_B = 1 << _W       
	_M = _B - 1        
)

func mulWW(x, y Word) (z1, z0 Word)

func mulAddWWW_g(x, y, c Word) (z1, z0 Word)

func nlz(x Word) uint

func addVV_g(z, x, y []Word) (c Word)

func subVV_g(z, x, y []Word) (c Word)

func addVW(z, x []Word, y Word) (c Word)

func addVW_ref(z, x []Word, y Word) (c Word)

func subVW(z, x []Word, y Word) (c Word)

func subVW_ref(z, x []Word, y Word) (c Word)

func lshVU_g(z, x []Word, s uint) (c Word)

func rshVU_g(z, x []Word, s uint) (c Word)

func mulAddVWW_g(z, x []Word, y, r Word) (c Word)

func addMulVVWW_g(z, x, y []Word, m, a Word) (c Word)

func divWW(x1, x0, y, m Word) (q, r Word)

func reciprocalWord(d1 Word) Word
