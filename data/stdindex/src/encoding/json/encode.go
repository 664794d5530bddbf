package json

import (
	"bytes"
	"cmp"
	"encoding"
	"encoding/base64"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	_ "unsafe" 
)

func Marshal(v any) ([]byte, error)

func MarshalIndent(v any, prefix, indent string) ([]byte, error)

type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string

type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string

type InvalidUTF8Error struct {
	S string 
}

func (e *InvalidUTF8Error) Error() string

type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string

func (e *MarshalerError) Unwrap() error

const hex = "0123456789abcdef"

type encodeState struct {
	bytes.Buffer 
	ptrLevel uint
	ptrSeen  map[any]struct{}
}

const startDetectingCyclesAfter = 1000

var encodeStatePool sync.Pool

func newEncodeState() *encodeState

type jsonError struct{ error }

func (e *encodeState) marshal(v any, opts encOpts) (err error)

func (e *encodeState) error(err error)

func isEmptyValue(v reflect.Value) bool

func (e *encodeState) reflectValue(v reflect.Value, opts encOpts)

type encOpts struct {
	quoted bool
	escapeHTML bool
}

type encoderFunc func(e *encodeState, v reflect.Value, opts encOpts)

var encoderCache sync.Map

func valueEncoder(v reflect.Value) encoderFunc

func typeEncoder(t reflect.Type) encoderFunc

var (
	marshalerType     = reflect.TypeFor[Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

func newTypeEncoder(t reflect.Type, allowAddr bool) encoderFunc

func invalidValueEncoder(e *encodeState, v reflect.Value, _ encOpts)

func marshalerEncoder(e *encodeState, v reflect.Value, opts encOpts)

func addrMarshalerEncoder(e *encodeState, v reflect.Value, opts encOpts)

func textMarshalerEncoder(e *encodeState, v reflect.Value, opts encOpts)

func addrTextMarshalerEncoder(e *encodeState, v reflect.Value, opts encOpts)

func boolEncoder(e *encodeState, v reflect.Value, opts encOpts)

func intEncoder(e *encodeState, v reflect.Value, opts encOpts)

func uintEncoder(e *encodeState, v reflect.Value, opts encOpts)

type floatEncoder int

func (bits floatEncoder) encode(e *encodeState, v reflect.Value, opts encOpts)

var (
	float32Encoder = (floatEncoder(32)).encode
	float64Encoder = (floatEncoder(64)).encode
)

func stringEncoder(e *encodeState, v reflect.Value, opts encOpts)

func isValidNumber(s string) bool

func interfaceEncoder(e *encodeState, v reflect.Value, opts encOpts)

func unsupportedTypeEncoder(e *encodeState, v reflect.Value, _ encOpts)

type structEncoder struct {
	fields structFields
}

type structFields struct {
	list         []field
	byExactName  map[string]*field
	byFoldedName map[string]*field
}

func (se structEncoder) encode(e *encodeState, v reflect.Value, opts encOpts)

func newStructEncoder(t reflect.Type) encoderFunc

type mapEncoder struct {
	elemEnc encoderFunc
}

func (me mapEncoder) encode(e *encodeState, v reflect.Value, opts encOpts)

func newMapEncoder(t reflect.Type) encoderFunc

func encodeByteSlice(e *encodeState, v reflect.Value, _ encOpts)

type sliceEncoder struct {
	arrayEnc encoderFunc
}

func (se sliceEncoder) encode(e *encodeState, v reflect.Value, opts encOpts)

func newSliceEncoder(t reflect.Type) encoderFunc

type arrayEncoder struct {
	elemEnc encoderFunc
}

func (ae arrayEncoder) encode(e *encodeState, v reflect.Value, opts encOpts)

func newArrayEncoder(t reflect.Type) encoderFunc

type ptrEncoder struct {
	elemEnc encoderFunc
}

func (pe ptrEncoder) encode(e *encodeState, v reflect.Value, opts encOpts)

func newPtrEncoder(t reflect.Type) encoderFunc

type condAddrEncoder struct {
	canAddrEnc, elseEnc encoderFunc
}

func (ce condAddrEncoder) encode(e *encodeState, v reflect.Value, opts encOpts)

func newCondAddrEncoder(canAddrEnc, elseEnc encoderFunc) encoderFunc

func isValidTag(s string) bool

func typeByIndex(t reflect.Type, index []int) reflect.Type

type reflectWithString struct {
	v  reflect.Value
	ks string
}

func resolveKeyName(k reflect.Value) (string, error)

func appendString[Bytes []byte | string](dst []byte, src Bytes, escapeHTML bool) []byte

type field struct {
	name      string
	nameBytes []byte 
	nameNonEsc  string 
	nameEscHTML string 
	tag       bool
	index     []int
	typ       reflect.Type
	omitEmpty bool
	omitZero  bool
	isZero    func(reflect.Value) bool
	quoted    bool
	encoder encoderFunc
}

type isZeroer interface {
	IsZero() bool
}

var isZeroerType = reflect.TypeFor[isZeroer]()

func typeFields(t reflect.Type) structFields

func dominantField(fields []field) (field, bool)

var fieldCache sync.Map

func cachedTypeFields(t reflect.Type) structFields

func mayAppendQuote(b []byte, quoted bool) []byte
