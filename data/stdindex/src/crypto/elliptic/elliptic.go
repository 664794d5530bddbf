package elliptic

import (
	"io"
	"math/big"
	"sync"
)

type Curve interface {
	Params() *CurveParams
	IsOnCurve(x, y *big.Int) bool
	Add(x1, y1, x2, y2 *big.Int) (x, y *big.Int)
	Double(x1, y1 *big.Int) (x, y *big.Int)
	ScalarMult(x1, y1 *big.Int, k []byte) (x, y *big.Int)
	ScalarBaseMult(k []byte) (x, y *big.Int)
}

var mask = []byte{0xff, 0x1, 0x3, 0x7, 0xf, 0x1f, 0x3f, 0x7f}

func GenerateKey(curve Curve, rand io.Reader) (priv []byte, x, y *big.Int, err error)

func Marshal(curve Curve, x, y *big.Int) []byte

func MarshalCompressed(curve Curve, x, y *big.Int) []byte

type unmarshaler interface {
	Unmarshal([]byte) (x, y *big.Int)
	UnmarshalCompressed([]byte) (x, y *big.Int)
}

var _ = []unmarshaler{p224, p256, p384, p521}

func Unmarshal(curve Curve, data []byte) (x, y *big.Int)

func UnmarshalCompressed(curve Curve, data []byte) (x, y *big.Int)

func panicIfNotOnCurve(curve Curve, x, y *big.Int)

var initonce sync.Once

func initAll()

func P224() Curve

func P256() Curve

func P384() Curve

func P521() Curve
