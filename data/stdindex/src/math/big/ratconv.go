package big

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

func ratTok(ch rune) bool

var ratZero Rat

var _ fmt.Scanner = &ratZero

func (z *Rat) Scan(s fmt.ScanState, ch rune) error

func (z *Rat) SetString(s string) (*Rat, bool)

func scanExponent(r io.ByteScanner, base2ok, sepOk bool) (exp int64, base int, err error)

func (x *Rat) String() string

func (x *Rat) marshal(buf []byte) []byte

func (x *Rat) RatString() string

func (x *Rat) FloatString(prec int) string

func (x *Rat) FloatPrec() (n int, exact bool)
