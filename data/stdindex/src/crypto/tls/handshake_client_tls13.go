package tls

import (
	"bytes"
	"context"
	"crypto"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/internal/fips140/tls13"
	"crypto/rsa"
	"crypto/subtle"
	"errors"
	"hash"
	"slices"
	"time"
)

type clientHandshakeStateTLS13 struct {
	c            *Conn
	ctx          context.Context
	serverHello  *serverHelloMsg
	hello        *clientHelloMsg
	keyShareKeys *keySharePrivateKeys
	session     *SessionState
	earlySecret *tls13.EarlySecret
	binderKey   []byte
	certReq       *certificateRequestMsgTLS13
	usingPSK      bool
	sentDummyCCS  bool
	suite         *cipherSuiteTLS13
	transcript    hash.Hash
	masterSecret  *tls13.MasterSecret
	trafficSecret []byte 
	echContext *echClientContext
}

func (hs *clientHandshakeStateTLS13) handshake() error

func (hs *clientHandshakeStateTLS13) checkServerHelloOrHRR() error

func (hs *clientHandshakeStateTLS13) sendDummyChangeCipherSpec() error

func (hs *clientHandshakeStateTLS13) processHelloRetryRequest() error

func (hs *clientHandshakeStateTLS13) processServerHello() error

func (hs *clientHandshakeStateTLS13) establishHandshakeKeys() error

func (hs *clientHandshakeStateTLS13) readServerParameters() error

func (hs *clientHandshakeStateTLS13) readServerCertificate() error

func (hs *clientHandshakeStateTLS13) readServerFinished() error

func (hs *clientHandshakeStateTLS13) sendClientCertificate() error

func (hs *clientHandshakeStateTLS13) sendClientFinished() error

func (c *Conn) handleNewSessionTicket(msg *newSessionTicketMsgTLS13) error
