package tls

import (
	"bytes"
	"context"
	"crypto/cipher"
	"crypto/subtle"
	"crypto/x509"
	"errors"
	"fmt"
	"hash"
	"internal/godebug"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

type Conn struct {
	conn        net.Conn
	isClient    bool
	handshakeFn func(context.Context) error 
	quic        *quicState                  
	isHandshakeComplete atomic.Bool
	handshakeMutex sync.Mutex
	handshakeErr   error   
	vers           uint16  
	haveVers       bool    
	config         *Config 
	handshakes       int
	extMasterSecret  bool
	didResume        bool 
	didHRR           bool 
	cipherSuite      uint16
	curveID          CurveID
	peerSigAlg       SignatureScheme
	ocspResponse     []byte   
	scts             [][]byte 
	peerCertificates []*x509.Certificate
	verifiedChains [][]*x509.Certificate
	serverName string
	secureRenegotiation bool
	ekm func(label string, context []byte, length int) ([]byte, error)
	resumptionSecret []byte
	echAccepted      bool
	ticketKeys []ticketKey
	clientFinishedIsFirst bool
	closeNotifyErr error
	closeNotifySent bool
	clientFinished [12]byte
	serverFinished [12]byte
	clientProtocol string
	in, out   halfConn
	rawInput  bytes.Buffer 
	input     bytes.Reader 
	hand      bytes.Buffer 
	buffering bool         
	sendBuf   []byte       
	bytesSent   int64
	packetsSent int64
	retryCount int
	activeCall atomic.Int32
	tmp [16]byte
}

func (c *Conn) LocalAddr() net.Addr

func (c *Conn) RemoteAddr() net.Addr

func (c *Conn) SetDeadline(t time.Time) error

func (c *Conn) SetReadDeadline(t time.Time) error

func (c *Conn) SetWriteDeadline(t time.Time) error

func (c *Conn) NetConn() net.Conn

type halfConn struct {
	sync.Mutex
	err     error  
	version uint16 
	cipher  any    
	mac     hash.Hash
	seq     [8]byte 
	scratchBuf [13]byte 
	nextCipher any       
	nextMac    hash.Hash 
	level         QUICEncryptionLevel 
	trafficSecret []byte              
}

type permanentError struct {
	err net.Error
}

func (e *permanentError) Error() string

func (e *permanentError) Unwrap() error

func (e *permanentError) Timeout() bool

func (e *permanentError) Temporary() bool

func (hc *halfConn) setErrorLocked(err error) error

func (hc *halfConn) prepareCipherSpec(version uint16, cipher any, mac hash.Hash)

func (hc *halfConn) changeCipherSpec() error

func (hc *halfConn) setTrafficSecret(suite *cipherSuiteTLS13, level QUICEncryptionLevel, secret []byte)

func (hc *halfConn) incSeq()

func (hc *halfConn) explicitNonceLen() int

func extractPadding(payload []byte) (toRemove int, good byte)

func roundUp(a, b int) int

type cbcMode interface {
	cipher.BlockMode
	SetIV([]byte)
}

func (hc *halfConn) decrypt(record []byte) ([]byte, recordType, error)

func sliceForAppend(in []byte, n int) (head, tail []byte)

func (hc *halfConn) encrypt(record, payload []byte, rand io.Reader) ([]byte, error)

type RecordHeaderError struct {
	Msg string
	RecordHeader [5]byte
	Conn net.Conn
}

func (e RecordHeaderError) Error() string

func (c *Conn) newRecordHeaderError(conn net.Conn, msg string) (err RecordHeaderError)

func (c *Conn) readRecord() error

func (c *Conn) readChangeCipherSpec() error

func (c *Conn) readRecordOrCCS(expectChangeCipherSpec bool) error

func (c *Conn) retryReadRecord(expectChangeCipherSpec bool) error

type atLeastReader struct {
	R io.Reader
	N int64
}

func (r *atLeastReader) Read(p []byte) (int, error)

func (c *Conn) readFromUntil(r io.Reader, n int) error

func (c *Conn) sendAlertLocked(err alert) error

func (c *Conn) sendAlert(err alert) error

const (
	tcpMSSEstimate = 1208
	recordSizeBoostThreshold = 128 * 1024
)

func (c *Conn) maxPayloadSizeForWrite(typ recordType) int

func (c *Conn) write(data []byte) (int, error)

func (c *Conn) flush() (int, error)

var outBufPool = sync.Pool{
	New: func() any {
		return new([]byte)
	},
}

func (c *Conn) writeRecordLocked(typ recordType, data []byte) (int, error)

func (c *Conn) writeHandshakeRecord(msg handshakeMessage, transcript transcriptHash) (int, error)

func (c *Conn) writeChangeCipherRecord() error

func (c *Conn) readHandshakeBytes(n int) error

func (c *Conn) readHandshake(transcript transcriptHash) (any, error)

func (c *Conn) unmarshalHandshakeMessage(data []byte, transcript transcriptHash) (handshakeMessage, error)

var (
	errShutdown = errors.New("tls: protocol is shutdown")
)

func (c *Conn) Write(b []byte) (int, error)

func (c *Conn) handleRenegotiation() error

func (c *Conn) handlePostHandshakeMessage() error

func (c *Conn) handleKeyUpdate(keyUpdate *keyUpdateMsg) error

func (c *Conn) Read(b []byte) (int, error)

func (c *Conn) Close() error

var errEarlyCloseWrite = errors.New("tls: CloseWrite called before handshake complete")

func (c *Conn) CloseWrite() error

func (c *Conn) closeNotify() error

func (c *Conn) Handshake() error

func (c *Conn) HandshakeContext(ctx context.Context) error

func (c *Conn) handshakeContext(ctx context.Context) (ret error)

func (c *Conn) ConnectionState() ConnectionState

var tlsunsafeekm = godebug.New("tlsunsafeekm")

func (c *Conn) connectionStateLocked() ConnectionState

func (c *Conn) OCSPResponse() []byte

func (c *Conn) VerifyHostname(host string) error

func (c *Conn) setReadTrafficSecret(suite *cipherSuiteTLS13, level QUICEncryptionLevel, secret []byte, locked bool) error

func (c *Conn) setWriteTrafficSecret(suite *cipherSuiteTLS13, level QUICEncryptionLevel, secret []byte)
