package net

const hexDigit = "0123456789abcdef"

type HardwareAddr []byte

func (a HardwareAddr) String() string

func ParseMAC(s string) (hw HardwareAddr, err error)
