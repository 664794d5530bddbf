package tls

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/hpke"
	"crypto/internal/fips140/tls13"
	"crypto/rsa"
	"crypto/subtle"
	"crypto/tls/internal/fips140tls"
	"crypto/x509"
	"errors"
	"fmt"
	"hash"
	"internal/godebug"
	"io"
	"net"
	"slices"
	"strconv"
	"strings"
	"time"
)

type clientHandshakeState struct {
	c            *Conn
	ctx          context.Context
	serverHello  *serverHelloMsg
	hello        *clientHelloMsg
	suite        *cipherSuite
	finishedHash finishedHash
	masterSecret []byte
	session      *SessionState 
	ticket       []byte        
}

func (c *Conn) makeClientHello() (*clientHelloMsg, *keySharePrivateKeys, *echClientContext, error)

type echClientContext struct {
	config          *echConfig
	hpkeContext     *hpke.Sender
	encapsulatedKey []byte
	innerHello      *clientHelloMsg
	innerTranscript hash.Hash
	kdfID           uint16
	aeadID          uint16
	echRejected     bool
	retryConfigs    []byte
}

func (c *Conn) clientHandshake(ctx context.Context) (err error)

var fips140ems = godebug.New("fips140ems")

func (c *Conn) loadSession(hello *clientHelloMsg) (
	session *SessionState, earlySecret *tls13.EarlySecret, binderKey []byte, err error)

func (c *Conn) pickTLSVersion(serverHello *serverHelloMsg) error

func (hs *clientHandshakeState) handshake() error

func (hs *clientHandshakeState) pickCipherSuite() error

func (hs *clientHandshakeState) doFullHandshake() error

func (hs *clientHandshakeState) establishKeys() error

func (hs *clientHandshakeState) serverResumedSession() bool

func (hs *clientHandshakeState) processServerHello() (bool, error)

func checkALPN(clientProtos []string, serverProto string, quic bool) error

func (hs *clientHandshakeState) readFinished(out []byte) error

func (hs *clientHandshakeState) readSessionTicket() error

func (hs *clientHandshakeState) saveSessionTicket() error

func (hs *clientHandshakeState) sendFinished(out []byte) error

const defaultMaxRSAKeySize = 8192

var tlsmaxrsasize = godebug.New("tlsmaxrsasize")

func checkKeySize(n int) (max int, ok bool)

func (c *Conn) verifyServerCertificate(certificates [][]byte) error

func certificateRequestInfoFromMsg(ctx context.Context, vers uint16, certReq *certificateRequestMsg) *CertificateRequestInfo

func (c *Conn) getClientCertificate(cri *CertificateRequestInfo) (*Certificate, error)

func (c *Conn) clientSessionCacheKey() string

func hostnameInSNI(name string) string

func computeAndUpdatePSK(m *clientHelloMsg, binderKey []byte, transcript hash.Hash, finishedHash func([]byte, hash.Hash) []byte) error
