package elliptic

import "math/big"

type CurveParams struct {
	P       *big.Int 
	N       *big.Int 
	B       *big.Int 
	Gx, Gy  *big.Int 
	BitSize int      
	Name    string   
}

func (curve *CurveParams) Params() *CurveParams

func (curve *CurveParams) polynomial(x *big.Int) *big.Int

func (curve *CurveParams) IsOnCurve(x, y *big.Int) bool

func zForAffine(x, y *big.Int) *big.Int

func (curve *CurveParams) affineFromJacobian(x, y, z *big.Int) (xOut, yOut *big.Int)

func (curve *CurveParams) Add(x1, y1, x2, y2 *big.Int) (*big.Int, *big.Int)

func (curve *CurveParams) addJacobian(x1, y1, z1, x2, y2, z2 *big.Int) (*big.Int, *big.Int, *big.Int)

func (curve *CurveParams) Double(x1, y1 *big.Int) (*big.Int, *big.Int)

func (curve *CurveParams) doubleJacobian(x, y, z *big.Int) (*big.Int, *big.Int, *big.Int)

func (curve *CurveParams) ScalarMult(Bx, By *big.Int, k []byte) (*big.Int, *big.Int)

func (curve *CurveParams) ScalarBaseMult(k []byte) (*big.Int, *big.Int)

func matchesSpecificCurve(params *CurveParams) (Curve, bool)
