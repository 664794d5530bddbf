package json

import (
	"encoding"
	"encoding/base64"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
	_ "unsafe" 
)

func Unmarshal(data []byte, v any) error

type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

type UnmarshalTypeError struct {
	Value  string       
	Type   reflect.Type 
	Offset int64        
	Struct string       
	Field  string       
}

func (e *UnmarshalTypeError) Error() string

type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string

type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string

func (d *decodeState) unmarshal(v any) error

type Number string

func (n Number) String() string

func (n Number) Float64() (float64, error)

func (n Number) Int64() (int64, error)

type errorContext struct {
	Struct     reflect.Type
	FieldStack []string
}

type decodeState struct {
	data                  []byte
	off                   int 
	opcode                int 
	scan                  scanner
	errorContext          *errorContext
	savedError            error
	useNumber             bool
	disallowUnknownFields bool
}

func (d *decodeState) readIndex() int

const phasePanicMsg = "JSON decoder out of sync - data changing underfoot?"

func (d *decodeState) init(data []byte) *decodeState

func (d *decodeState) saveError(err error)

func (d *decodeState) addErrorContext(err error) error

func (d *decodeState) skip()

func (d *decodeState) scanNext()

func (d *decodeState) scanWhile(op int)

func (d *decodeState) rescanLiteral()

func (d *decodeState) value(v reflect.Value) error

type unquotedValue struct{}

func (d *decodeState) valueQuoted() any

func indirect(v reflect.Value, decodingNull bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value)

func (d *decodeState) array(v reflect.Value) error

var nullLiteral = []byte("null")

var textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()

func (d *decodeState) object(v reflect.Value) error

func (d *decodeState) convertNumber(s string) (any, error)

var numberType = reflect.TypeFor[Number]()

func (d *decodeState) literalStore(item []byte, v reflect.Value, fromQuoted bool) error

func (d *decodeState) valueInterface() (val any)

func (d *decodeState) arrayInterface() []any

func (d *decodeState) objectInterface() map[string]any

func (d *decodeState) literalInterface() any

func getu4(s []byte) rune

func unquote(s []byte) (t string, ok bool)

func unquoteBytes(s []byte) (t []byte, ok bool)
