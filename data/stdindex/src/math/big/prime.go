package big

import "math/rand"

func (x *Int) ProbablyPrime(n int) bool

func (n nat) probablyPrimeMillerRabin(stk *stack, reps int, force2 bool) bool

func (n nat) probablyPrimeLucas(stk *stack) bool
