package tls

import (
	"bytes"
	"crypto/hpke"
	"errors"
	"fmt"
	"strings"
	"golang.org/x/crypto/cryptobyte"
)

type echCipher struct {
	KDFID  uint16
	AEADID uint16
}

type echExtension struct {
	Type uint16
	Data []byte
}

type echConfig struct {
	raw []byte
	Version uint16
	Length  uint16
	ConfigID             uint8
	KemID                uint16
	PublicKey            []byte
	SymmetricCipherSuite []echCipher
	MaxNameLength uint8
	PublicName    []byte
	Extensions    []echExtension
}

var errMalformedECHConfigList = errors.New("tls: malformed ECHConfigList")

type echConfigErr struct {
	field string
}

func (e *echConfigErr) Error() string

func parseECHConfig(enc []byte) (skip bool, ec echConfig, err error)

func parseECHConfigList(data []byte) ([]echConfig, error)

func pickECHConfig(list []echConfig) (*echConfig, hpke.PublicKey, hpke.KDF, hpke.AEAD)

func encodeInnerClientHello(inner *clientHelloMsg, maxNameLength int) ([]byte, error)

func skipUint8LengthPrefixed(s *cryptobyte.String) bool

func skipUint16LengthPrefixed(s *cryptobyte.String) bool

type rawExtension struct {
	extType uint16
	data    []byte
}

func extractRawExtensions(hello *clientHelloMsg) ([]rawExtension, error)

func decodeInnerClientHello(outer *clientHelloMsg, encoded []byte) (*clientHelloMsg, error)

func decryptECHPayload(context *hpke.Recipient, hello, payload []byte) ([]byte, error)

func generateOuterECHExt(id uint8, kdfID, aeadID uint16, encodedKey []byte, payload []byte) ([]byte, error)

func computeAndUpdateOuterECHExtension(outer, inner *clientHelloMsg, ech *echClientContext, useKey bool) error

func validDNSName(name string) bool

type ECHRejectionError struct {
	RetryConfigList []byte
}

func (e *ECHRejectionError) Error() string

var errMalformedECHExt = errors.New("tls: malformed encrypted_client_hello extension")

var errInvalidECHExt = errors.New("tls: client sent invalid encrypted_client_hello extension")

type echExtType uint8

const (
	innerECHExt echExtType = 1
	outerECHExt echExtType = 0
)

func parseECHExt(ext []byte) (echType echExtType, cs echCipher, configID uint8, encap []byte, payload []byte, err error)

func (c *Conn) processECHClientHello(outer *clientHelloMsg, echKeys []EncryptedClientHelloKey) (*clientHelloMsg, *echServerContext, error)

func buildRetryConfigList(keys []EncryptedClientHelloKey) ([]byte, error)
