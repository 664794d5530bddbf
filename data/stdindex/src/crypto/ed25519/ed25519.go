package ed25519

import (
	"crypto"
	"crypto/internal/fips140/ed25519"
	"crypto/internal/fips140cache"
	"crypto/internal/fips140only"
	"crypto/internal/rand"
	cryptorand "crypto/rand"
	"crypto/subtle"
	"errors"
	"internal/godebug"
	"io"
	"strconv"
)

const (
	PublicKeySize = 32
	PrivateKeySize = 64
	SignatureSize = 64
	SeedSize = 32
)

type PublicKey []byte

func (pub PublicKey) Equal(x crypto.PublicKey) bool

type PrivateKey []byte

func (priv PrivateKey) Public() crypto.PublicKey

func (priv PrivateKey) Equal(x crypto.PrivateKey) bool

func (priv PrivateKey) Seed() []byte

var privateKeyCache fips140cache.Cache[byte, ed25519.PrivateKey]

func (priv PrivateKey) Sign(rand io.Reader, message []byte, opts crypto.SignerOpts) (signature []byte, err error)

type Options struct {
	Hash crypto.Hash
	Context string
}

func (o *Options) HashFunc() crypto.Hash

var cryptocustomrand = godebug.New("cryptocustomrand")

func GenerateKey(random io.Reader) (PublicKey, PrivateKey, error)

func NewKeyFromSeed(seed []byte) PrivateKey

func newKeyFromSeed(privateKey, seed []byte)

func Sign(privateKey PrivateKey, message []byte) []byte

func sign(signature []byte, privateKey PrivateKey, message []byte)

func Verify(publicKey PublicKey, message, sig []byte) bool

func VerifyWithOptions(publicKey PublicKey, message, sig []byte, opts *Options) error
