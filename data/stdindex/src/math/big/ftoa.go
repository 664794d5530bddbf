package big

import (
	"bytes"
	"fmt"
	"strconv"
)

func (x *Float) Text(format byte, prec int) string

func (x *Float) String() string

func (x *Float) Append(buf []byte, fmt byte, prec int) []byte

func roundShortest(d *decimal, x *Float)

func fmtE(buf []byte, fmt byte, prec int, d decimal) []byte

func fmtF(buf []byte, prec int, d decimal) []byte

func (x *Float) fmtB(buf []byte) []byte

func (x *Float) fmtX(buf []byte, prec int) []byte

func (x *Float) fmtP(buf []byte) []byte

var _ fmt.Formatter = &floatZero

func (x *Float) Format(s fmt.State, format rune)
