package big

import (
	"fmt"
	"io"
	"strings"
)

var floatZero Float

func (z *Float) SetString(s string) (*Float, bool)

func (z *Float) scan(r io.ByteScanner, base int) (f *Float, b int, err error)

var pow5tab = [...]uint64{
	1,
	5,
	25,
	125,
	625,
	3125,
	15625,
	78125,
	390625,
	1953125,
	9765625,
	48828125,
	244140625,
	1220703125,
	6103515625,
	30517578125,
	152587890625,
	762939453125,
	3814697265625,
	19073486328125,
	95367431640625,
	476837158203125,
	2384185791015625,
	11920928955078125,
	59604644775390625,
	298023223876953125,
	1490116119384765625,
	7450580596923828125,
}

func (z *Float) pow5(n uint64) *Float

func (z *Float) Parse(s string, base int) (f *Float, b int, err error)

func ParseFloat(s string, base int, prec uint, mode RoundingMode) (f *Float, b int, err error)

var _ fmt.Scanner = (*Float)(nil)

func (z *Float) Scan(s fmt.ScanState, ch rune) error
