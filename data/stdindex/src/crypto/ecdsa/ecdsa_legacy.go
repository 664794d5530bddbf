package ecdsa

import (
	"crypto/elliptic"
	"crypto/internal/fips140only"
	"errors"
	"io"
	"math/big"
	"math/rand/v2"
	"golang.org/x/crypto/cryptobyte"
	"golang.org/x/crypto/cryptobyte/asn1"
)

func generateLegacy(c elliptic.Curve, rand io.Reader) (*PrivateKey, error)

func hashToInt(hash []byte, c elliptic.Curve) *big.Int

var errZeroParam = errors.New("zero parameter")

func Sign(rand io.Reader, priv *PrivateKey, hash []byte) (r, s *big.Int, err error)

func signLegacy(priv *PrivateKey, csprng io.Reader, hash []byte) (sig []byte, err error)

func Verify(pub *PublicKey, hash []byte, r, s *big.Int) bool

func verifyLegacy(pub *PublicKey, hash []byte, sig []byte) bool

var one = new(big.Int).SetInt64(1)

func randFieldElement(c elliptic.Curve, rand io.Reader) (k *big.Int, err error)
