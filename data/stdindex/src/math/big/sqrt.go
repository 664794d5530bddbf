package big

import (
	"math"
	"sync"
)

var threeOnce struct {
	sync.Once
	v *Float
}

func three() *Float

func (z *Float) Sqrt(x *Float) *Float

func (z *Float) sqrtInverse(x *Float)

func newFloat(prec2 uint32) *Float
