package json

import (
	"bytes"
	"errors"
	"io"
)

type Decoder struct {
	r       io.Reader
	buf     []byte
	d       decodeState
	scanp   int   
	scanned int64 
	scan    scanner
	err     error
	tokenState int
	tokenStack []int
}

func NewDecoder(r io.Reader) *Decoder

func (dec *Decoder) UseNumber()

func (dec *Decoder) DisallowUnknownFields()

func (dec *Decoder) Decode(v any) error

func (dec *Decoder) Buffered() io.Reader

func (dec *Decoder) readValue() (int, error)

func (dec *Decoder) refill() error

func nonSpace(b []byte) bool

type Encoder struct {
	w          io.Writer
	err        error
	escapeHTML bool
	indentBuf    []byte
	indentPrefix string
	indentValue  string
}

func NewEncoder(w io.Writer) *Encoder

func (enc *Encoder) Encode(v any) error

func (enc *Encoder) SetIndent(prefix, indent string)

func (enc *Encoder) SetEscapeHTML(on bool)

type RawMessage []byte

func (m RawMessage) MarshalJSON() ([]byte, error)

func (m *RawMessage) UnmarshalJSON(data []byte) error

var _ Marshaler = (*RawMessage)(nil)

var _ Unmarshaler = (*RawMessage)(nil)

type Token any

const (
	tokenTopValue = iota
	tokenArrayStart
	tokenArrayValue
	tokenArrayComma
	tokenObjectStart
	tokenObjectKey
	tokenObjectColon
	tokenObjectValue
	tokenObjectComma
)

func (dec *Decoder) tokenPrepareForDecode() error

func (dec *Decoder) tokenValueAllowed() bool

func (dec *Decoder) tokenValueEnd()

type Delim rune

func (d Delim) String() string

func (dec *Decoder) Token() (Token, error)

func (dec *Decoder) tokenError(c byte) (Token, error)

func (dec *Decoder) More() bool

func (dec *Decoder) peek() (byte, error)

func (dec *Decoder) InputOffset() int64
