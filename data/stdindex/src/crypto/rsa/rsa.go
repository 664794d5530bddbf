package rsa

import (
	"crypto"
	"crypto/internal/boring"
	"crypto/internal/boring/bbig"
	"crypto/internal/fips140/bigmod"
	"crypto/internal/fips140/rsa"
	"crypto/internal/fips140only"
	"crypto/internal/rand"
	cryptorand "crypto/rand"
	"crypto/subtle"
	"errors"
	"fmt"
	"internal/godebug"
	"io"
	"math"
	"math/big"
)

var bigOne = big.NewInt(1)

type PublicKey struct {
	N *big.Int 
	E int      
}

func (pub *PublicKey) Size() int

func (pub *PublicKey) Equal(x crypto.PublicKey) bool

type OAEPOptions struct {
	Hash crypto.Hash
	MGFHash crypto.Hash
	Label []byte
}

type PrivateKey struct {
	PublicKey            
	D         *big.Int   
	Primes    []*big.Int 
	Precomputed PrecomputedValues
}

func (priv *PrivateKey) Public() crypto.PublicKey

func (priv *PrivateKey) Equal(x crypto.PrivateKey) bool

func bigIntEqual(a, b *big.Int) bool

func (priv *PrivateKey) Sign(rand io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error)

func (priv *PrivateKey) Decrypt(rand io.Reader, ciphertext []byte, opts crypto.DecrypterOpts) (plaintext []byte, err error)

type PrecomputedValues struct {
	Dp, Dq *big.Int 
	Qinv   *big.Int 
	CRTValues []CRTValue
	fips *rsa.PrivateKey
}

type CRTValue struct {
	Exp   *big.Int 
	Coeff *big.Int 
	R     *big.Int 
}

func (priv *PrivateKey) Validate() error

func (priv *PrivateKey) precomputedIsConsistent() bool

func bigIntEqualToBytes(a *big.Int, b []byte) bool

var rsa1024min = godebug.New("rsa1024min")

func checkKeySize(size int) error

func checkPublicKeySize(k *PublicKey) error

func GenerateKey(random io.Reader, bits int) (*PrivateKey, error)

func GenerateMultiPrimeKey(random io.Reader, nprimes int, bits int) (*PrivateKey, error)

var ErrMessageTooLong = errors.New("crypto/rsa: message too long for RSA key size")

var ErrDecryption = errors.New("crypto/rsa: decryption error")

var ErrVerification = errors.New("crypto/rsa: verification error")

func (priv *PrivateKey) Precompute()

func (priv *PrivateKey) precompute() (PrecomputedValues, error)

func (priv *PrivateKey) precomputeLegacy() (PrecomputedValues, error)

func fipsPublicKey(pub *PublicKey) (*rsa.PublicKey, error)

func fipsPrivateKey(priv *PrivateKey) (*rsa.PrivateKey, error)
