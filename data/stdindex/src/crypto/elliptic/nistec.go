package elliptic

import (
	"crypto/internal/fips140/nistec"
	"errors"
	"math/big"
)

var p224 = &nistCurve[*nistec.P224Point]{
	newPoint: nistec.NewP224Point,
}

func initP224()

var p256 = &nistCurve[*nistec.P256Point]{
	newPoint: nistec.NewP256Point,
}

func initP256()

var p384 = &nistCurve[*nistec.P384Point]{
	newPoint: nistec.NewP384Point,
}

func initP384()

var p521 = &nistCurve[*nistec.P521Point]{
	newPoint: nistec.NewP521Point,
}

func initP521()

type nistCurve[Point nistPoint[Point]] struct {
	newPoint func() Point
	params   *CurveParams
}

type nistPoint[T any] interface {
	Bytes() []byte
	SetBytes([]byte) (T, error)
	Add(T, T) T
	Double(T) T
	ScalarMult(T, []byte) (T, error)
	ScalarBaseMult([]byte) (T, error)
}

func (curve *nistCurve[Point]) Params() *CurveParams

func (curve *nistCurve[Point]) IsOnCurve(x, y *big.Int) bool

func (curve *nistCurve[Point]) pointFromAffine(x, y *big.Int) (p Point, err error)

func (curve *nistCurve[Point]) pointToAffine(p Point) (x, y *big.Int)

func (curve *nistCurve[Point]) Add(x1, y1, x2, y2 *big.Int) (*big.Int, *big.Int)

func (curve *nistCurve[Point]) Double(x1, y1 *big.Int) (*big.Int, *big.Int)

func (curve *nistCurve[Point]) normalizeScalar(scalar []byte) []byte

func (curve *nistCurve[Point]) ScalarMult(Bx, By *big.Int, scalar []byte) (*big.Int, *big.Int)

func (curve *nistCurve[Point]) ScalarBaseMult(scalar []byte) (*big.Int, *big.Int)

func (curve *nistCurve[Point]) Unmarshal(data []byte) (x, y *big.Int)

func (curve *nistCurve[Point]) UnmarshalCompressed(data []byte) (x, y *big.Int)

func bigFromDecimal(s string) *big.Int

func bigFromHex(s string) *big.Int
