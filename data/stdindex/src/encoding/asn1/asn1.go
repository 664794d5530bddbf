package asn1

import (
	"errors"
	"fmt"
	"internal/saferio"
	"math"
	"math/big"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

type StructuralError struct {
	Msg string
}

func (e StructuralError) Error() string

type SyntaxError struct {
	Msg string
}

func (e SyntaxError) Error() string

func parseBool(bytes []byte) (ret bool, err error)

func checkInteger(bytes []byte) error

func parseInt64(bytes []byte) (ret int64, err error)

func parseInt32(bytes []byte) (int32, error)

var bigOne = big.NewInt(1)

func parseBigInt(bytes []byte) (*big.Int, error)

type BitString struct {
	Bytes     []byte 
	BitLength int    
}

func (b BitString) At(i int) int

func (b BitString) RightAlign() []byte

func parseBitString(bytes []byte) (ret BitString, err error)

var NullRawValue = RawValue{Tag: TagNull}

var NullBytes = []byte{TagNull, 0}

type ObjectIdentifier []int

func (oi ObjectIdentifier) Equal(other ObjectIdentifier) bool

func (oi ObjectIdentifier) String() string

func parseObjectIdentifier(bytes []byte) (s ObjectIdentifier, err error)

type Enumerated int

type Flag bool

func parseBase128Int(bytes []byte, initOffset int) (ret, offset int, err error)

func parseUTCTime(bytes []byte) (ret time.Time, err error)

func parseGeneralizedTime(bytes []byte) (ret time.Time, err error)

func parseNumericString(bytes []byte) (ret string, err error)

func isNumeric(b byte) bool

func parsePrintableString(bytes []byte) (ret string, err error)

type asteriskFlag bool

type ampersandFlag bool

const (
	allowAsterisk  asteriskFlag = true
	rejectAsterisk asteriskFlag = false
	allowAmpersand  ampersandFlag = true
	rejectAmpersand ampersandFlag = false
)

func isPrintable(b byte, asterisk asteriskFlag, ampersand ampersandFlag) bool

func parseIA5String(bytes []byte) (ret string, err error)

func parseT61String(bytes []byte) (ret string, err error)

func parseUTF8String(bytes []byte) (ret string, err error)

func parseBMPString(bmpString []byte) (string, error)

type RawValue struct {
	Class, Tag int
	IsCompound bool
	Bytes      []byte
	FullBytes  []byte 
}

type RawContent []byte

func parseTagAndLength(bytes []byte, initOffset int) (ret tagAndLength, offset int, err error)

func parseSequenceOf(bytes []byte, sliceType reflect.Type, elemType reflect.Type, depth int) (ret reflect.Value, err error)

var (
	bitStringType        = reflect.TypeFor[BitString]()
	objectIdentifierType = reflect.TypeFor[ObjectIdentifier]()
	enumeratedType       = reflect.TypeFor[Enumerated]()
	flagType             = reflect.TypeFor[Flag]()
	timeType             = reflect.TypeFor[time.Time]()
	rawValueType         = reflect.TypeFor[RawValue]()
	rawContentsType      = reflect.TypeFor[RawContent]()
	bigIntType           = reflect.TypeFor[*big.Int]()
)

func invalidLength(offset, length, sliceLength int) bool

func parseField(v reflect.Value, bytes []byte, initOffset int, params fieldParameters, depth int) (offset int, err error)

func canHaveDefaultValue(k reflect.Kind) bool

func setDefaultValue(v reflect.Value, params fieldParameters) (ok bool)

func Unmarshal(b []byte, val any) (rest []byte, err error)

type invalidUnmarshalError struct {
	Type reflect.Type
}

func (e *invalidUnmarshalError) Error() string

func UnmarshalWithParams(b []byte, val any, params string) (rest []byte, err error)
