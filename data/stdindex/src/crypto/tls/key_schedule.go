package tls

import (
	"crypto"
	"crypto/ecdh"
	"crypto/fips140"
	"crypto/hmac"
	"crypto/internal/fips140/tls13"
	"crypto/mlkem"
	"errors"
	"hash"
	"io"
)

func (c *cipherSuiteTLS13) nextTrafficSecret(trafficSecret []byte) []byte

func (c *cipherSuiteTLS13) trafficKey(trafficSecret []byte) (key, iv []byte)

func (c *cipherSuiteTLS13) finishedHash(baseKey []byte, transcript hash.Hash) []byte

func (c *cipherSuiteTLS13) exportKeyingMaterial(s *tls13.MasterSecret, transcript hash.Hash) func(string, []byte, int) ([]byte, error)

type keySharePrivateKeys struct {
	ecdhe *ecdh.PrivateKey
	mlkem crypto.Decapsulator
}

type keyExchange interface {
	keyShares(rand io.Reader) (*keySharePrivateKeys, []keyShare, error)
	serverSharedSecret(rand io.Reader, clientKeyShare []byte) ([]byte, keyShare, error)
	clientSharedSecret(priv *keySharePrivateKeys, serverKeyShare []byte) ([]byte, error)
}

func keyExchangeForCurveID(id CurveID) (keyExchange, error)

type ecdhKeyExchange struct {
	id    CurveID
	curve ecdh.Curve
}

func (ke *ecdhKeyExchange) keyShares(rand io.Reader) (*keySharePrivateKeys, []keyShare, error)

func (ke *ecdhKeyExchange) serverSharedSecret(rand io.Reader, clientKeyShare []byte) ([]byte, keyShare, error)

func (ke *ecdhKeyExchange) clientSharedSecret(priv *keySharePrivateKeys, serverKeyShare []byte) ([]byte, error)

type hybridKeyExchange struct {
	id   CurveID
	ecdh ecdhKeyExchange
	ecdhElementSize     int
	mlkemPublicKeySize  int
	mlkemCiphertextSize int
	newMLKEMPrivateKey func([]byte) (crypto.Decapsulator, error)
	newMLKEMPublicKey  func([]byte) (crypto.Encapsulator, error)
}

func (ke *hybridKeyExchange) keyShares(rand io.Reader) (*keySharePrivateKeys, []keyShare, error)

func (ke *hybridKeyExchange) serverSharedSecret(rand io.Reader, clientKeyShare []byte) ([]byte, keyShare, error)

func (ke *hybridKeyExchange) clientSharedSecret(priv *keySharePrivateKeys, serverKeyShare []byte) ([]byte, error)
