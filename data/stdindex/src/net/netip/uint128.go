package netip

import "math/bits"

type uint128 struct {
	hi uint64
	lo uint64
}

func mask6(n int) uint128

func (u uint128) isZero() bool

func (u uint128) and(m uint128) uint128

func (u uint128) xor(m uint128) uint128

func (u uint128) or(m uint128) uint128

func (u uint128) not() uint128

func (u uint128) subOne() uint128

func (u uint128) addOne() uint128

func (u *uint128) halves() [2]*uint64

func (u uint128) bitsSetFrom(bit uint8) uint128

func (u uint128) bitsClearedFrom(bit uint8) uint128
