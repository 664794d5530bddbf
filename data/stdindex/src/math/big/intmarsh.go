package big

import (
	"bytes"
	"fmt"
)

const intGobVersion byte = 1

func (x *Int) GobEncode() ([]byte, error)

func (z *Int) GobDecode(buf []byte) error

func (x *Int) AppendText(b []byte) (text []byte, err error)

func (x *Int) MarshalText() (text []byte, err error)

func (z *Int) UnmarshalText(text []byte) error

func (x *Int) MarshalJSON() ([]byte, error)

func (z *Int) UnmarshalJSON(text []byte) error
