package ecdsa

import (
	"crypto"
	"crypto/ecdh"
	"crypto/elliptic"
	"crypto/internal/boring"
	"crypto/internal/boring/bbig"
	"crypto/internal/fips140/ecdsa"
	"crypto/internal/fips140/nistec"
	"crypto/internal/fips140cache"
	"crypto/internal/fips140hash"
	"crypto/internal/fips140only"
	"crypto/internal/rand"
	"crypto/sha512"
	"crypto/subtle"
	"errors"
	"io"
	"math/big"
	"golang.org/x/crypto/cryptobyte"
	"golang.org/x/crypto/cryptobyte/asn1"
)

type PublicKey struct {
	elliptic.Curve
	X, Y *big.Int
}

func (pub *PublicKey) ECDH() (*ecdh.PublicKey, error)

func (pub *PublicKey) Equal(x crypto.PublicKey) bool

func ParseUncompressedPublicKey(curve elliptic.Curve, data []byte) (*PublicKey, error)

func parseUncompressedPublicKey[P ecdsa.Point[P]](c *ecdsa.Curve[P], curve elliptic.Curve, data []byte) (*PublicKey, error)

func (pub *PublicKey) Bytes() ([]byte, error)

func publicKeyBytes[P ecdsa.Point[P]](c *ecdsa.Curve[P], pub *PublicKey) ([]byte, error)

type PrivateKey struct {
	PublicKey
	D *big.Int
}

func (priv *PrivateKey) ECDH() (*ecdh.PrivateKey, error)

func curveToECDH(c elliptic.Curve) ecdh.Curve

func (priv *PrivateKey) Public() crypto.PublicKey

func (priv *PrivateKey) Equal(x crypto.PrivateKey) bool

func bigIntEqual(a, b *big.Int) bool

func ParseRawPrivateKey(curve elliptic.Curve, data []byte) (*PrivateKey, error)

func parseRawPrivateKey[P ecdsa.Point[P]](c *ecdsa.Curve[P], newPoint func() P, curve elliptic.Curve, data []byte) (*PrivateKey, error)

func (priv *PrivateKey) Bytes() ([]byte, error)

func privateKeyBytes[P ecdsa.Point[P]](c *ecdsa.Curve[P], priv *PrivateKey) ([]byte, error)

func (priv *PrivateKey) Sign(random io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error)

func GenerateKey(c elliptic.Curve, r io.Reader) (*PrivateKey, error)

func generateFIPS[P ecdsa.Point[P]](curve elliptic.Curve, c *ecdsa.Curve[P], rand io.Reader) (*PrivateKey, error)

func SignASN1(r io.Reader, priv *PrivateKey, hash []byte) ([]byte, error)

func signFIPS[P ecdsa.Point[P]](c *ecdsa.Curve[P], priv *PrivateKey, rand io.Reader, hash []byte) ([]byte, error)

func signRFC6979(priv *PrivateKey, hash []byte, opts crypto.SignerOpts) ([]byte, error)

func signFIPSDeterministic[P ecdsa.Point[P]](c *ecdsa.Curve[P], hashFunc crypto.Hash, priv *PrivateKey, hash []byte) ([]byte, error)

func encodeSignature(r, s []byte) ([]byte, error)

func addASN1IntBytes(b *cryptobyte.Builder, bytes []byte)

func VerifyASN1(pub *PublicKey, hash, sig []byte) bool

func verifyFIPS[P ecdsa.Point[P]](c *ecdsa.Curve[P], pub *PublicKey, hash, sig []byte) bool

func parseSignature(sig []byte) (r, s []byte, err error)

func publicKeyFromFIPS(curve elliptic.Curve, pub *ecdsa.PublicKey) (*PublicKey, error)

func privateKeyFromFIPS(curve elliptic.Curve, priv *ecdsa.PrivateKey) (*PrivateKey, error)

func publicKeyToFIPS[P ecdsa.Point[P]](c *ecdsa.Curve[P], pub *PublicKey) (*ecdsa.PublicKey, error)

var privateKeyCache fips140cache.Cache[PrivateKey, ecdsa.PrivateKey]

func privateKeyToFIPS[P ecdsa.Point[P]](c *ecdsa.Curve[P], priv *PrivateKey) (*ecdsa.PrivateKey, error)

func pointFromAffine(curve elliptic.Curve, x, y *big.Int) ([]byte, error)

func pointToAffine(curve elliptic.Curve, p []byte) (x, y *big.Int, err error)
