package tls

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/x509"
	"errors"
	"io"
	"golang.org/x/crypto/cryptobyte"
)

type SessionState struct {
	Extra [][]byte
	EarlyData bool
	version     uint16
	isClient    bool
	cipherSuite uint16
	createdAt        uint64 
	secret           []byte 
	extMasterSecret  bool
	peerCertificates []*x509.Certificate
	ocspResponse     []byte
	scts             [][]byte
	verifiedChains   [][]*x509.Certificate
	alpnProtocol     string 
	useBy  uint64 
	ageAdd uint32
	ticket []byte
	curveID CurveID
}

func (s *SessionState) Bytes() ([]byte, error)

func certificatesToBytesSlice(certs []*x509.Certificate) [][]byte

func ParseSessionState(data []byte) (*SessionState, error)

func (c *Conn) sessionState() *SessionState

func (c *Config) EncryptTicket(cs ConnectionState, ss *SessionState) ([]byte, error)

func (c *Config) encryptTicket(state []byte, ticketKeys []ticketKey) ([]byte, error)

func (c *Config) DecryptTicket(identity []byte, cs ConnectionState) (*SessionState, error)

func (c *Config) decryptTicket(encrypted []byte, ticketKeys []ticketKey) []byte

type ClientSessionState struct {
	session *SessionState
}

func (cs *ClientSessionState) ResumptionState() (ticket []byte, state *SessionState, err error)

func NewResumptionState(ticket []byte, state *SessionState) (*ClientSessionState, error)
