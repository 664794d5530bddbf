package tls

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"golang.org/x/crypto/cryptobyte"
)

type marshalingFunction func(b *cryptobyte.Builder) error

func (f marshalingFunction) Marshal(b *cryptobyte.Builder) error

func addBytesWithLength(b *cryptobyte.Builder, v []byte, n int)

func addUint64(b *cryptobyte.Builder, v uint64)

func readUint64(s *cryptobyte.String, out *uint64) bool

func readUint8LengthPrefixed(s *cryptobyte.String, out *[]byte) bool

func readUint16LengthPrefixed(s *cryptobyte.String, out *[]byte) bool

func readUint24LengthPrefixed(s *cryptobyte.String, out *[]byte) bool

type clientHelloMsg struct {
	original                         []byte
	vers                             uint16
	random                           []byte
	sessionId                        []byte
	cipherSuites                     []uint16
	compressionMethods               []uint8
	serverName                       string
	ocspStapling                     bool
	supportedCurves                  []CurveID
	supportedPoints                  []uint8
	ticketSupported                  bool
	sessionTicket                    []uint8
	supportedSignatureAlgorithms     []SignatureScheme
	supportedSignatureAlgorithmsCert []SignatureScheme
	secureRenegotiationSupported     bool
	secureRenegotiation              []byte
	extendedMasterSecret             bool
	alpnProtocols                    []string
	scts                             bool
	supportedVersions                []uint16
	cookie                           []byte
	keyShares                        []keyShare
	earlyData                        bool
	pskModes                         []uint8
	pskIdentities                    []pskIdentity
	pskBinders                       [][]byte
	quicTransportParameters          []byte
	encryptedClientHello             []byte
	extensions []uint16
}

func (m *clientHelloMsg) marshalMsg(echInner bool) ([]byte, error)

func (m *clientHelloMsg) marshal() ([]byte, error)

func (m *clientHelloMsg) marshalWithoutBinders() ([]byte, error)

func (m *clientHelloMsg) updateBinders(pskBinders [][]byte) error

func (m *clientHelloMsg) unmarshal(data []byte) bool

func (m *clientHelloMsg) originalBytes() []byte

func (m *clientHelloMsg) clone() *clientHelloMsg

type serverHelloMsg struct {
	original                     []byte
	vers                         uint16
	random                       []byte
	sessionId                    []byte
	cipherSuite                  uint16
	compressionMethod            uint8
	ocspStapling                 bool
	ticketSupported              bool
	secureRenegotiationSupported bool
	secureRenegotiation          []byte
	extendedMasterSecret         bool
	alpnProtocol                 string
	scts                         [][]byte
	supportedVersion             uint16
	serverShare                  keyShare
	selectedIdentityPresent      bool
	selectedIdentity             uint16
	supportedPoints              []uint8
	encryptedClientHello         []byte
	serverNameAck                bool
	cookie        []byte
	selectedGroup CurveID
}

func (m *serverHelloMsg) marshal() ([]byte, error)

func (m *serverHelloMsg) unmarshal(data []byte) bool

func (m *serverHelloMsg) originalBytes() []byte

type encryptedExtensionsMsg struct {
	alpnProtocol            string
	quicTransportParameters []byte
	earlyData               bool
	echRetryConfigs         []byte
	serverNameAck           bool
}

func (m *encryptedExtensionsMsg) marshal() ([]byte, error)

func (m *encryptedExtensionsMsg) unmarshal(data []byte) bool

type endOfEarlyDataMsg struct{}

func (m *endOfEarlyDataMsg) marshal() ([]byte, error)

func (m *endOfEarlyDataMsg) unmarshal(data []byte) bool

type keyUpdateMsg struct {
	updateRequested bool
}

func (m *keyUpdateMsg) marshal() ([]byte, error)

func (m *keyUpdateMsg) unmarshal(data []byte) bool

type newSessionTicketMsgTLS13 struct {
	lifetime     uint32
	ageAdd       uint32
	nonce        []byte
	label        []byte
	maxEarlyData uint32
}

func (m *newSessionTicketMsgTLS13) marshal() ([]byte, error)

func (m *newSessionTicketMsgTLS13) unmarshal(data []byte) bool

type certificateRequestMsgTLS13 struct {
	ocspStapling                     bool
	scts                             bool
	supportedSignatureAlgorithms     []SignatureScheme
	supportedSignatureAlgorithmsCert []SignatureScheme
	certificateAuthorities           [][]byte
}

func (m *certificateRequestMsgTLS13) marshal() ([]byte, error)

func (m *certificateRequestMsgTLS13) unmarshal(data []byte) bool

type certificateMsg struct {
	certificates [][]byte
}

func (m *certificateMsg) marshal() ([]byte, error)

func (m *certificateMsg) unmarshal(data []byte) bool

type certificateMsgTLS13 struct {
	certificate  Certificate
	ocspStapling bool
	scts         bool
}

func (m *certificateMsgTLS13) marshal() ([]byte, error)

func marshalCertificate(b *cryptobyte.Builder, certificate Certificate)

func (m *certificateMsgTLS13) unmarshal(data []byte) bool

func unmarshalCertificate(s *cryptobyte.String, certificate *Certificate) bool

type serverKeyExchangeMsg struct {
	key []byte
}

func (m *serverKeyExchangeMsg) marshal() ([]byte, error)

func (m *serverKeyExchangeMsg) unmarshal(data []byte) bool

type certificateStatusMsg struct {
	response []byte
}

func (m *certificateStatusMsg) marshal() ([]byte, error)

func (m *certificateStatusMsg) unmarshal(data []byte) bool

type serverHelloDoneMsg struct{}

func (m *serverHelloDoneMsg) marshal() ([]byte, error)

func (m *serverHelloDoneMsg) unmarshal(data []byte) bool

type clientKeyExchangeMsg struct {
	ciphertext []byte
}

func (m *clientKeyExchangeMsg) marshal() ([]byte, error)

func (m *clientKeyExchangeMsg) unmarshal(data []byte) bool

type finishedMsg struct {
	verifyData []byte
}

func (m *finishedMsg) marshal() ([]byte, error)

func (m *finishedMsg) unmarshal(data []byte) bool

type certificateRequestMsg struct {
	hasSignatureAlgorithm bool
	certificateTypes             []byte
	supportedSignatureAlgorithms []SignatureScheme
	certificateAuthorities       [][]byte
}

func (m *certificateRequestMsg) marshal() ([]byte, error)

func (m *certificateRequestMsg) unmarshal(data []byte) bool

type certificateVerifyMsg struct {
	hasSignatureAlgorithm bool 
	signatureAlgorithm    SignatureScheme
	signature             []byte
}

func (m *certificateVerifyMsg) marshal() ([]byte, error)

func (m *certificateVerifyMsg) unmarshal(data []byte) bool

type newSessionTicketMsg struct {
	ticket []byte
}

func (m *newSessionTicketMsg) marshal() ([]byte, error)

func (m *newSessionTicketMsg) unmarshal(data []byte) bool

type helloRequestMsg struct {
}

func (*helloRequestMsg) marshal() ([]byte, error)

func (*helloRequestMsg) unmarshal(data []byte) bool

type transcriptHash interface {
	Write([]byte) (int, error)
}

func transcriptMsg(msg handshakeMessage, h transcriptHash) error
