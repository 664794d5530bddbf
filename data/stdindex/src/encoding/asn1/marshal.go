package asn1

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"time"
	"unicode/utf8"
)

var (
	byte00Encoder encoder = byteEncoder(0x00)
	byteFFEncoder encoder = byteEncoder(0xff)
)

type encoder interface {
	Len() int
	Encode(dst []byte)
}

type byteEncoder byte

func (c byteEncoder) Len() int

func (c byteEncoder) Encode(dst []byte)

type bytesEncoder []byte

func (b bytesEncoder) Len() int

func (b bytesEncoder) Encode(dst []byte)

type stringEncoder string

func (s stringEncoder) Len() int

func (s stringEncoder) Encode(dst []byte)

type multiEncoder []encoder

func (m multiEncoder) Len() int

func (m multiEncoder) Encode(dst []byte)

type setEncoder []encoder

func (s setEncoder) Len() int

func (s setEncoder) Encode(dst []byte)

type taggedEncoder struct {
	scratch [8]byte
	tag     encoder
	body    encoder
}

func (t *taggedEncoder) Len() int

func (t *taggedEncoder) Encode(dst []byte)

type int64Encoder int64

func (i int64Encoder) Len() int

func (i int64Encoder) Encode(dst []byte)

func base128IntLength(n int64) int

func appendBase128Int(dst []byte, n int64) []byte

func makeBigInt(n *big.Int) (encoder, error)

func appendLength(dst []byte, i int) []byte

func lengthLength(i int) (numBytes int)

func appendTagAndLength(dst []byte, t tagAndLength) []byte

type bitStringEncoder BitString

func (b bitStringEncoder) Len() int

func (b bitStringEncoder) Encode(dst []byte)

type oidEncoder []int

func (oid oidEncoder) Len() int

func (oid oidEncoder) Encode(dst []byte)

func makeObjectIdentifier(oid []int) (e encoder, err error)

func makePrintableString(s string) (e encoder, err error)

func makeIA5String(s string) (e encoder, err error)

func makeNumericString(s string) (e encoder, err error)

func makeUTF8String(s string) encoder

func appendTwoDigits(dst []byte, v int) []byte

func appendFourDigits(dst []byte, v int) []byte

func outsideUTCRange(t time.Time) bool

func makeUTCTime(t time.Time) (e encoder, err error)

func makeGeneralizedTime(t time.Time) (e encoder, err error)

func appendUTCTime(dst []byte, t time.Time) (ret []byte, err error)

func appendGeneralizedTime(dst []byte, t time.Time) (ret []byte, err error)

func appendTimeCommon(dst []byte, t time.Time) []byte

func stripTagAndLength(in []byte) []byte

func makeBody(value reflect.Value, params fieldParameters) (e encoder, err error)

func makeField(v reflect.Value, params fieldParameters) (e encoder, err error)

func Marshal(val any) ([]byte, error)

func MarshalWithParams(val any, params string) ([]byte, error)
