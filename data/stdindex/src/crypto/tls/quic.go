package tls

import (
	"context"
	"errors"
	"fmt"
)

type QUICEncryptionLevel int

const (
	QUICEncryptionLevelInitial = QUICEncryptionLevel(iota)
	QUICEncryptionLevelEarly
	QUICEncryptionLevelHandshake
	QUICEncryptionLevelApplication
)

func (l QUICEncryptionLevel) String() string

type QUICConn struct {
	conn *Conn
	sessionTicketSent bool
}

type QUICConfig struct {
	TLSConfig *Config
	EnableSessionEvents bool
}

type QUICEventKind int

const (
	QUICNoEvent QUICEventKind = iota
	QUICSetReadSecret
	QUICSetWriteSecret
	QUICWriteData
	QUICTransportParameters
	QUICTransportParametersRequired
	QUICRejectedEarlyData
	QUICHandshakeDone
	QUICResumeSession
	QUICStoreSession
	QUICErrorEvent
)

type QUICEvent struct {
	Kind QUICEventKind
	Level QUICEncryptionLevel
	Data []byte
	Suite uint16
	SessionState *SessionState
	Err error
}

type quicState struct {
	events    []QUICEvent
	nextEvent int
	eventArr [8]QUICEvent
	started  bool
	signalc  chan struct{}   
	blockedc chan struct{}   
	ctx      context.Context 
	cancel   context.CancelFunc
	waitingForDrain bool
	errorReturned   bool
	readbuf []byte
	transportParams []byte 
	enableSessionEvents bool
}

func QUICClient(config *QUICConfig) *QUICConn

func QUICServer(config *QUICConfig) *QUICConn

func newQUICConn(conn *Conn, config *QUICConfig) *QUICConn

func (q *QUICConn) Start(ctx context.Context) error

func (q *QUICConn) NextEvent() QUICEvent

func (q *QUICConn) Close() error

func (q *QUICConn) HandleData(level QUICEncryptionLevel, data []byte) error

type QUICSessionTicketOptions struct {
	EarlyData bool
	Extra     [][]byte
}

func (q *QUICConn) SendSessionTicket(opts QUICSessionTicketOptions) error

func (q *QUICConn) StoreSession(session *SessionState) error

func (q *QUICConn) ConnectionState() ConnectionState

func (q *QUICConn) SetTransportParameters(params []byte)

func quicError(err error) error

func (c *Conn) quicReadHandshakeBytes(n int) error

func (c *Conn) quicSetReadSecret(level QUICEncryptionLevel, suite uint16, secret []byte) error

func (c *Conn) quicSetWriteSecret(level QUICEncryptionLevel, suite uint16, secret []byte)

func (c *Conn) quicWriteCryptoData(level QUICEncryptionLevel, data []byte)

func (c *Conn) quicResumeSession(session *SessionState) error

func (c *Conn) quicStoreSession(session *SessionState)

func (c *Conn) quicSetTransportParameters(params []byte)

func (c *Conn) quicGetTransportParameters() ([]byte, error)

func (c *Conn) quicHandshakeComplete()

func (c *Conn) quicRejectedEarlyData()

func (c *Conn) quicWaitForSignal() error
