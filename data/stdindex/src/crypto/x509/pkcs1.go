package x509

import (
	"crypto/rsa"
	"encoding/asn1"
	"errors"
	"internal/godebug"
	"math/big"
)

type pkcs1PrivateKey struct {
	Version int
	N       *big.Int
	E       int
	D       *big.Int
	P       *big.Int
	Q       *big.Int
	Dp      *big.Int `asn1:"optional"`
	Dq      *big.Int `asn1:"optional"`
	Qinv    *big.Int `asn1:"optional"`
	AdditionalPrimes []pkcs1AdditionalRSAPrime `asn1:"optional,omitempty"`
}

type pkcs1AdditionalRSAPrime struct {
	Prime *big.Int
	Exp   *big.Int
	Coeff *big.Int
}

type pkcs1PublicKey struct {
	N *big.Int
	E int
}

var x509rsacrt = godebug.New("x509rsacrt")

func ParsePKCS1PrivateKey(der []byte) (*rsa.PrivateKey, error)

func MarshalPKCS1PrivateKey(key *rsa.PrivateKey) []byte

func ParsePKCS1PublicKey(der []byte) (*rsa.PublicKey, error)

func MarshalPKCS1PublicKey(key *rsa.PublicKey) []byte
