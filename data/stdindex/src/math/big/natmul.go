package big

var karatsubaThreshold = 40

func (z nat) mul(stk *stack, x, y nat) nat

var basicSqrThreshold = 12

var karatsubaSqrThreshold = 80

func (z nat) sqr(stk *stack, x nat) nat

func basicSqr(stk *stack, z, x nat)

func (z nat) mulAddWW(x nat, y, r Word) nat

func basicMul(z, x, y nat)

func karatsuba(stk *stack, z, x, y nat)

func karatsubaSqr(stk *stack, z, x nat)

func ifmt(x *Int) string

func trace(name string, x *Int)
