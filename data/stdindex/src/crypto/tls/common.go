package tls

import (
	"bytes"
	"container/list"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha512"
	"crypto/tls/internal/fips140tls"
	"crypto/x509"
	"errors"
	"fmt"
	"internal/godebug"
	"io"
	"net"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	_ "unsafe" 
)

const (
	VersionTLS10 = 0x0301
	VersionTLS11 = 0x0302
	VersionTLS12 = 0x0303
	VersionTLS13 = 0x0304
	VersionSSL30 = 0x0300
)

func VersionName(version uint16) string

const (
	maxPlaintext               = 16384        
	maxCiphertext              = 16384 + 2048 
	maxCiphertextTLS13         = 16384 + 256  
	recordHeaderLen            = 5            
	maxHandshake               = 65536        
	maxHandshakeCertificateMsg = 262144       
	maxUselessRecords          = 16           
)

type recordType uint8

const (
	recordTypeChangeCipherSpec recordType = 20
	recordTypeAlert            recordType = 21
	recordTypeHandshake        recordType = 22
	recordTypeApplicationData  recordType = 23
)

const (
	typeHelloRequest        uint8 = 0
	typeClientHello         uint8 = 1
	typeServerHello         uint8 = 2
	typeNewSessionTicket    uint8 = 4
	typeEndOfEarlyData      uint8 = 5
	typeEncryptedExtensions uint8 = 8
	typeCertificate         uint8 = 11
	typeServerKeyExchange   uint8 = 12
	typeCertificateRequest  uint8 = 13
	typeServerHelloDone     uint8 = 14
	typeCertificateVerify   uint8 = 15
	typeClientKeyExchange   uint8 = 16
	typeFinished            uint8 = 20
	typeCertificateStatus   uint8 = 22
	typeKeyUpdate           uint8 = 24
	typeMessageHash         uint8 = 254 
)

const (
	compressionNone uint8 = 0
)

const (
	extensionServerName              uint16 = 0
	extensionStatusRequest           uint16 = 5
	extensionSupportedCurves         uint16 = 10 
	extensionSupportedPoints         uint16 = 11
	extensionSignatureAlgorithms     uint16 = 13
	extensionALPN                    uint16 = 16
	extensionSCT                     uint16 = 18
	extensionExtendedMasterSecret    uint16 = 23
	extensionSessionTicket           uint16 = 35
	extensionPreSharedKey            uint16 = 41
	extensionEarlyData               uint16 = 42
	extensionSupportedVersions       uint16 = 43
	extensionCookie                  uint16 = 44
	extensionPSKModes                uint16 = 45
	extensionCertificateAuthorities  uint16 = 47
	extensionSignatureAlgorithmsCert uint16 = 50
	extensionKeyShare                uint16 = 51
	extensionQUICTransportParameters uint16 = 57
	extensionRenegotiationInfo       uint16 = 0xff01
	extensionECHOuterExtensions      uint16 = 0xfd00
	extensionEncryptedClientHello    uint16 = 0xfe0d
)

const (
	scsvRenegotiation uint16 = 0x00ff
)

type CurveID uint16

const (
	CurveP256          CurveID = 23
	CurveP384          CurveID = 24
	CurveP521          CurveID = 25
	X25519             CurveID = 29
	X25519MLKEM768     CurveID = 4588
	SecP256r1MLKEM768  CurveID = 4587
	SecP384r1MLKEM1024 CurveID = 4589
)

func isTLS13OnlyKeyExchange(curve CurveID) bool

func isPQKeyExchange(curve CurveID) bool

type keyShare struct {
	group CurveID
	data  []byte
}

const (
	pskModePlain uint8 = 0
	pskModeDHE   uint8 = 1
)

type pskIdentity struct {
	label               []byte
	obfuscatedTicketAge uint32
}

const (
	pointFormatUncompressed uint8 = 0
)

const (
	statusTypeOCSP uint8 = 1
)

const (
	certTypeRSASign   = 1
	certTypeECDSASign = 64 
)

const (
	signaturePKCS1v15 uint8 = iota + 225
	signatureRSAPSS
	signatureECDSA
	signatureEd25519
)

var directSigning crypto.Hash = 0

var helloRetryRequestRandom = []byte{ 
	0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11,
	0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
	0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E,
	0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C,
}

const (
	downgradeCanaryTLS12 = "DOWNGRD\x01"
	downgradeCanaryTLS11 = "DOWNGRD\x00"
)

var testingOnlyForceDowngradeCanary bool

type ConnectionState struct {
	Version uint16
	HandshakeComplete bool
	DidResume bool
	CipherSuite uint16
	CurveID CurveID
	NegotiatedProtocol string
	NegotiatedProtocolIsMutual bool
	ServerName string
	PeerCertificates []*x509.Certificate
	VerifiedChains [][]*x509.Certificate
	SignedCertificateTimestamps [][]byte
	OCSPResponse []byte
	TLSUnique []byte
	ECHAccepted bool
	HelloRetryRequest bool
	ekm func(label string, context []byte, length int) ([]byte, error)
	testingOnlyPeerSignatureAlgorithm SignatureScheme
}

func (cs *ConnectionState) ExportKeyingMaterial(label string, context []byte, length int) ([]byte, error)

type ClientAuthType int

const (
	NoClientCert ClientAuthType = iota
	RequestClientCert
	RequireAnyClientCert
	VerifyClientCertIfGiven
	RequireAndVerifyClientCert
)

func requiresClientCert(c ClientAuthType) bool

type ClientSessionCache interface {
	Get(sessionKey string) (session *ClientSessionState, ok bool)
	Put(sessionKey string, cs *ClientSessionState)
}

type SignatureScheme uint16

const (
	PKCS1WithSHA256 SignatureScheme = 0x0401
	PKCS1WithSHA384 SignatureScheme = 0x0501
	PKCS1WithSHA512 SignatureScheme = 0x0601
	PSSWithSHA256 SignatureScheme = 0x0804
	PSSWithSHA384 SignatureScheme = 0x0805
	PSSWithSHA512 SignatureScheme = 0x0806
	ECDSAWithP256AndSHA256 SignatureScheme = 0x0403
	ECDSAWithP384AndSHA384 SignatureScheme = 0x0503
	ECDSAWithP521AndSHA512 SignatureScheme = 0x0603
	Ed25519 SignatureScheme = 0x0807
	PKCS1WithSHA1 SignatureScheme = 0x0201
	ECDSAWithSHA1 SignatureScheme = 0x0203
)

type ClientHelloInfo struct {
	CipherSuites []uint16
	ServerName string
	SupportedCurves []CurveID
	SupportedPoints []uint8
	SignatureSchemes []SignatureScheme
	SupportedProtos []string
	SupportedVersions []uint16
	Extensions []uint16
	Conn net.Conn
	HelloRetryRequest bool
	config *Config
	ctx context.Context
}

func (c *ClientHelloInfo) Context() context.Context

type CertificateRequestInfo struct {
	AcceptableCAs [][]byte
	SignatureSchemes []SignatureScheme
	Version uint16
	ctx context.Context
}

func (c *CertificateRequestInfo) Context() context.Context

type RenegotiationSupport int

const (
	RenegotiateNever RenegotiationSupport = iota
	RenegotiateOnceAsClient
	RenegotiateFreelyAsClient
)

type Config struct {
	Rand io.Reader
	Time func() time.Time
	Certificates []Certificate
	NameToCertificate map[string]*Certificate
	GetCertificate func(*ClientHelloInfo) (*Certificate, error)
	GetClientCertificate func(*CertificateRequestInfo) (*Certificate, error)
	GetConfigForClient func(*ClientHelloInfo) (*Config, error)
	VerifyPeerCertificate func(rawCerts [][]byte, verifiedChains [][]*x509.Certificate) error
	VerifyConnection func(ConnectionState) error
	RootCAs *x509.CertPool
	NextProtos []string
	ServerName string
	ClientAuth ClientAuthType
	ClientCAs *x509.CertPool
	InsecureSkipVerify bool
	CipherSuites []uint16
	PreferServerCipherSuites bool
	SessionTicketsDisabled bool
	SessionTicketKey [32]byte
	ClientSessionCache ClientSessionCache
	UnwrapSession func(identity []byte, cs ConnectionState) (*SessionState, error)
	WrapSession func(ConnectionState, *SessionState) ([]byte, error)
	MinVersion uint16
	MaxVersion uint16
	CurvePreferences []CurveID
	DynamicRecordSizingDisabled bool
	Renegotiation RenegotiationSupport
	KeyLogWriter io.Writer
	EncryptedClientHelloConfigList []byte
	EncryptedClientHelloRejectionVerify func(ConnectionState) error
	GetEncryptedClientHelloKeys func(*ClientHelloInfo) ([]EncryptedClientHelloKey, error)
	EncryptedClientHelloKeys []EncryptedClientHelloKey
	mutex sync.RWMutex
	sessionTicketKeys []ticketKey
	autoSessionTicketKeys []ticketKey
}

type EncryptedClientHelloKey struct {
	Config []byte
	PrivateKey []byte
	SendAsRetry bool
}

const (
	ticketKeyLifetime = 7 * 24 * time.Hour 
	ticketKeyRotation = 24 * time.Hour
)

type ticketKey struct {
	aesKey  [16]byte
	hmacKey [16]byte
	created time.Time
}

func (c *Config) ticketKeyFromBytes(b [32]byte) (key ticketKey)

const maxSessionTicketLifetime = 7 * 24 * time.Hour

func (c *Config) Clone() *Config

var deprecatedSessionTicketKey = []byte("DEPRECATED")

func (c *Config) initLegacySessionTicketKeyRLocked()

func (c *Config) ticketKeys(configForClient *Config) []ticketKey

func (c *Config) SetSessionTicketKeys(keys [][32]byte)

func (c *Config) rand() io.Reader

func (c *Config) time() time.Time

func (c *Config) cipherSuites(aesGCMPreferred bool) []uint16

func (c *Config) supportedCipherSuites() []uint16

var supportedVersions = []uint16{
	VersionTLS13,
	VersionTLS12,
	VersionTLS11,
	VersionTLS10,
}

const roleClient = true

const roleServer = false

var tls10server = godebug.New("tls10server")

func (c *Config) supportedVersions(isClient bool) []uint16

func (c *Config) maxSupportedVersion(isClient bool) uint16

func supportedVersionsFromMax(maxVersion uint16) []uint16

func (c *Config) curvePreferences(version uint16) []CurveID

func (c *Config) supportsCurve(version uint16, curve CurveID) bool

func (c *Config) mutualVersion(isClient bool, peerVersions []uint16) (uint16, bool)

var errNoCertificates = errors.New("tls: no certificates configured")

func (c *Config) getCertificate(clientHello *ClientHelloInfo) (*Certificate, error)

func (chi *ClientHelloInfo) SupportsCertificate(c *Certificate) error

func (cri *CertificateRequestInfo) SupportsCertificate(c *Certificate) error

func (c *Config) BuildNameToCertificate()

const (
	keyLogLabelTLS12           = "CLIENT_RANDOM"
	keyLogLabelClientHandshake = "CLIENT_HANDSHAKE_TRAFFIC_SECRET"
	keyLogLabelServerHandshake = "SERVER_HANDSHAKE_TRAFFIC_SECRET"
	keyLogLabelClientTraffic   = "CLIENT_TRAFFIC_SECRET_0"
	keyLogLabelServerTraffic   = "SERVER_TRAFFIC_SECRET_0"
)

func (c *Config) writeKeyLog(label string, clientRandom, secret []byte) error

var writerMutex sync.Mutex

type Certificate struct {
	Certificate [][]byte
	PrivateKey crypto.PrivateKey
	SupportedSignatureAlgorithms []SignatureScheme
	OCSPStaple []byte
	SignedCertificateTimestamps [][]byte
	Leaf *x509.Certificate
}

func (c *Certificate) leaf() (*x509.Certificate, error)

type handshakeMessage interface {
	marshal() ([]byte, error)
	unmarshal([]byte) bool
}

type handshakeMessageWithOriginalBytes interface {
	handshakeMessage
	originalBytes() []byte
}

type lruSessionCache struct {
	sync.Mutex
	m        map[string]*list.Element
	q        *list.List
	capacity int
}

type lruSessionCacheEntry struct {
	sessionKey string
	state      *ClientSessionState
}

func NewLRUClientSessionCache(capacity int) ClientSessionCache

func (c *lruSessionCache) Put(sessionKey string, cs *ClientSessionState)

func (c *lruSessionCache) Get(sessionKey string) (*ClientSessionState, bool)

var emptyConfig Config

func defaultConfig() *Config

func unexpectedMessageError(wanted, got any) error

var testingOnlySupportedSignatureAlgorithms []SignatureScheme

func supportedSignatureAlgorithms(minVers uint16) []SignatureScheme

var tlssha1 = godebug.New("tlssha1")

func isDisabledSignatureAlgorithm(version uint16, s SignatureScheme, isCert bool) bool

func supportedSignatureAlgorithmsCert() []SignatureScheme

func isSupportedSignatureAlgorithm(sigAlg SignatureScheme, supportedSignatureAlgorithms []SignatureScheme) bool

type CertificateVerificationError struct {
	UnverifiedCertificates []*x509.Certificate
	Err                    error
}

func (e *CertificateVerificationError) Error() string

func (e *CertificateVerificationError) Unwrap() error

func fipsAllowedChains(chains [][]*x509.Certificate) ([][]*x509.Certificate, error)

func fipsAllowChain(chain []*x509.Certificate) bool

func anyValidVerifiedChain(verifiedChains [][]*x509.Certificate, opts x509.VerifyOptions) bool
