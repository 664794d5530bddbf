package x509

import (
	"bytes"
	"encoding/asn1"
	"errors"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

var (
	errInvalidOID = errors.New("invalid oid")
)

type OID struct {
	der []byte
}

func ParseOID(oid string) (OID, error)

func newOIDFromDER(der []byte) (OID, bool)

func OIDFromInts(oid []uint64) (OID, error)

func base128IntLength(n uint64) int

func appendBase128Int(dst []byte, n uint64) []byte

func base128BigIntLength(n *big.Int) int

func appendBase128BigInt(dst []byte, n *big.Int) []byte

func (o OID) AppendText(b []byte) ([]byte, error)

func (o OID) MarshalText() ([]byte, error)

func (o *OID) UnmarshalText(text []byte) error

func (o *OID) unmarshalOIDText(oid string) error

func (o OID) AppendBinary(b []byte) ([]byte, error)

func (o OID) MarshalBinary() ([]byte, error)

func (o *OID) UnmarshalBinary(b []byte) error

func (oid OID) Equal(other OID) bool

func parseBase128Int(bytes []byte, initOffset int) (ret, offset int, failed bool)

func (oid OID) EqualASN1OID(other asn1.ObjectIdentifier) bool

func (oid OID) String() string

func (oid OID) toASN1OID() (asn1.ObjectIdentifier, bool)

func OIDFromASN1OID(asn1OID asn1.ObjectIdentifier) (OID, error)
