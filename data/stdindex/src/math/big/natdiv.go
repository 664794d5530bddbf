package big

import "math/bits"

func (z nat) rem(stk *stack, u, v nat) (r nat)

func (z nat) div(stk *stack, z2, u, v nat) (q, r nat)

func (z nat) divW(x nat, y Word) (q nat, r Word)

func (x nat) modW(d Word) (r Word)

func divWVW(z []Word, xn Word, x []Word, y Word) (r Word)

func (z nat) divLarge(stk *stack, u, uIn, vIn nat) (q, r nat)

func (q nat) divBasic(stk *stack, u, v nat)

func greaterThan(x1, x2, y1, y2 Word) bool

var divRecursiveThreshold = 40

func (z nat) divRecursive(stk *stack, u, v nat)

func (z nat) divRecursiveStep(stk *stack, u, v nat, depth int)
