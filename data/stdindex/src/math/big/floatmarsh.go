package big

import (
	"errors"
	"fmt"
	"internal/byteorder"
)

const floatGobVersion byte = 1

func (x *Float) GobEncode() ([]byte, error)

func (z *Float) GobDecode(buf []byte) error

func (x *Float) AppendText(b []byte) ([]byte, error)

func (x *Float) MarshalText() (text []byte, err error)

func (z *Float) UnmarshalText(text []byte) error
