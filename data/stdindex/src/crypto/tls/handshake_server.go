package tls

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/subtle"
	"crypto/tls/internal/fips140tls"
	"crypto/x509"
	"errors"
	"fmt"
	"hash"
	"io"
	"time"
)

type serverHandshakeState struct {
	c            *Conn
	ctx          context.Context
	clientHello  *clientHelloMsg
	hello        *serverHelloMsg
	suite        *cipherSuite
	ecdheOk      bool
	ecSignOk     bool
	rsaDecryptOk bool
	rsaSignOk    bool
	sessionState *SessionState
	finishedHash finishedHash
	masterSecret []byte
	cert         *Certificate
}

func (c *Conn) serverHandshake(ctx context.Context) error

func (hs *serverHandshakeState) handshake() error

func (c *Conn) readClientHello(ctx context.Context) (*clientHelloMsg, *echServerContext, error)

func (hs *serverHandshakeState) processClientHello() error

func negotiateALPN(serverProtos, clientProtos []string, quic bool) (string, error)

func supportsECDHE(c *Config, version uint16, supportedCurves []CurveID, supportedPoints []uint8) (bool, error)

func (hs *serverHandshakeState) pickCipherSuite() error

func (hs *serverHandshakeState) cipherSuiteOk(c *cipherSuite) bool

func (hs *serverHandshakeState) checkForResumption() error

func (hs *serverHandshakeState) doResumeHandshake() error

func (hs *serverHandshakeState) doFullHandshake() error

func (hs *serverHandshakeState) establishKeys() error

func (hs *serverHandshakeState) readFinished(out []byte) error

func (hs *serverHandshakeState) sendSessionTicket() error

func (hs *serverHandshakeState) sendFinished(out []byte) error

func (c *Conn) processCertsFromClient(certificate Certificate) error

func clientHelloInfo(ctx context.Context, c *Conn, clientHello *clientHelloMsg) *ClientHelloInfo
