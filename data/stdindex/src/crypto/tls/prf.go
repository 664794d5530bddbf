package tls

import (
	"crypto"
	"crypto/hmac"
	"crypto/internal/fips140/tls12"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
	"hash"
)

type prfFunc func(secret []byte, label string, seed []byte, keyLen int) []byte

func splitPreMasterSecret(secret []byte) (s1, s2 []byte)

func pHash(result, secret, seed []byte, hash func() hash.Hash)

func prf10(secret []byte, label string, seed []byte, keyLen int) []byte

func prf12(hashFunc func() hash.Hash) prfFunc

const (
	masterSecretLength   = 48 
	finishedVerifyLength = 12 
)

const masterSecretLabel = "master secret"

const extendedMasterSecretLabel = "extended master secret"

const keyExpansionLabel = "key expansion"

const clientFinishedLabel = "client finished"

const serverFinishedLabel = "server finished"

func prfAndHashForVersion(version uint16, suite *cipherSuite) (prfFunc, crypto.Hash)

func prfForVersion(version uint16, suite *cipherSuite) prfFunc

func masterFromPreMasterSecret(version uint16, suite *cipherSuite, preMasterSecret, clientRandom, serverRandom []byte) []byte

func extMasterFromPreMasterSecret(version uint16, suite *cipherSuite, preMasterSecret, transcript []byte) []byte

func keysFromMasterSecret(version uint16, suite *cipherSuite, masterSecret, clientRandom, serverRandom []byte, macLen, keyLen, ivLen int) (clientMAC, serverMAC, clientKey, serverKey, clientIV, serverIV []byte)

func newFinishedHash(version uint16, cipherSuite *cipherSuite) finishedHash

type finishedHash struct {
	client hash.Hash
	server hash.Hash
	clientMD5 hash.Hash
	serverMD5 hash.Hash
	buffer []byte
	version uint16
	prf     prfFunc
}

func (h *finishedHash) Write(msg []byte) (n int, err error)

func (h finishedHash) Sum() []byte

func (h finishedHash) clientSum(masterSecret []byte) []byte

func (h finishedHash) serverSum(masterSecret []byte) []byte

func (h finishedHash) hashForClientCertificate(sigType uint8) []byte

func (h *finishedHash) discardHandshakeBuffer()

func noEKMBecauseRenegotiation(label string, context []byte, length int) ([]byte, error)

func noEKMBecauseNoEMS(label string, context []byte, length int) ([]byte, error)

func ekmFromMasterSecret(version uint16, suite *cipherSuite, masterSecret, clientRandom, serverRandom []byte) func(string, []byte, int) ([]byte, error)
