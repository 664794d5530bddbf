package big

import (
	"errors"
	"fmt"
	"internal/byteorder"
	"math"
)

const ratGobVersion byte = 1

func (x *Rat) GobEncode() ([]byte, error)

func (z *Rat) GobDecode(buf []byte) error

func (x *Rat) AppendText(b []byte) ([]byte, error)

func (x *Rat) MarshalText() (text []byte, err error)

func (z *Rat) UnmarshalText(text []byte) error
