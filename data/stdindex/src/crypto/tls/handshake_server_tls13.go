package tls

import (
	"bytes"
	"context"
	"crypto"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/hpke"
	"crypto/internal/fips140/tls13"
	"crypto/rsa"
	"crypto/tls/internal/fips140tls"
	"crypto/x509"
	"errors"
	"fmt"
	"hash"
	"internal/byteorder"
	"io"
	"slices"
	"sort"
	"time"
)

const maxClientPSKIdentities = 5

type echServerContext struct {
	hpkeContext *hpke.Recipient
	configID    uint8
	ciphersuite echCipher
	transcript  hash.Hash
	inner bool
}

type serverHandshakeStateTLS13 struct {
	c               *Conn
	ctx             context.Context
	clientHello     *clientHelloMsg
	hello           *serverHelloMsg
	sentDummyCCS    bool
	usingPSK        bool
	earlyData       bool
	suite           *cipherSuiteTLS13
	cert            *Certificate
	sigAlg          SignatureScheme
	earlySecret     *tls13.EarlySecret
	sharedKey       []byte
	handshakeSecret *tls13.HandshakeSecret
	masterSecret    *tls13.MasterSecret
	trafficSecret   []byte 
	transcript      hash.Hash
	clientFinished  []byte
	echContext      *echServerContext
}

func (hs *serverHandshakeStateTLS13) handshake() error

func (hs *serverHandshakeStateTLS13) processClientHello() error

func (hs *serverHandshakeStateTLS13) checkForResumption() error

func cloneHash(in hash.Hash, h crypto.Hash) hash.Hash

func (hs *serverHandshakeStateTLS13) pickCertificate() error

func (hs *serverHandshakeStateTLS13) sendDummyChangeCipherSpec() error

func (hs *serverHandshakeStateTLS13) doHelloRetryRequest(selectedGroup CurveID) (*keyShare, error)

func illegalClientHelloChange(ch, ch1 *clientHelloMsg) bool

func (hs *serverHandshakeStateTLS13) sendServerParameters() error

func (hs *serverHandshakeStateTLS13) requestClientCert() bool

func (hs *serverHandshakeStateTLS13) sendServerCertificate() error

func (hs *serverHandshakeStateTLS13) sendServerFinished() error

func (hs *serverHandshakeStateTLS13) shouldSendSessionTickets() bool

func (hs *serverHandshakeStateTLS13) sendSessionTickets() error

func (c *Conn) sendSessionTicket(earlyData bool, extra [][]byte) error

func (hs *serverHandshakeStateTLS13) readClientCertificate() error

func (hs *serverHandshakeStateTLS13) readClientFinished() error
