package x509

import (
	"bytes"
	"crypto/dsa"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"fmt"
	"internal/godebug"
	"math"
	"math/big"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
	"golang.org/x/crypto/cryptobyte"
	cryptobyte_asn1 "golang.org/x/crypto/cryptobyte/asn1"
)

func isPrintable(b byte) bool

func parseASN1String(tag cryptobyte_asn1.Tag, value []byte) (string, error)

func parseName(raw cryptobyte.String) (*pkix.RDNSequence, error)

func parseAI(der cryptobyte.String) (pkix.AlgorithmIdentifier, error)

func parseTime(der *cryptobyte.String) (time.Time, error)

func parseValidity(der cryptobyte.String) (time.Time, time.Time, error)

func parseExtension(der cryptobyte.String) (pkix.Extension, error)

func parsePublicKey(keyData *publicKeyInfo) (any, error)

func parseKeyUsageExtension(der cryptobyte.String) (KeyUsage, error)

func parseBasicConstraintsExtension(der cryptobyte.String) (bool, int, error)

func forEachSAN(der cryptobyte.String, callback func(tag int, data []byte) error) error

func parseSANExtension(der cryptobyte.String) (dnsNames, emailAddresses []string, ipAddresses []net.IP, uris []*url.URL, err error)

func parseAuthorityKeyIdentifier(e pkix.Extension) ([]byte, error)

func parseExtKeyUsageExtension(der cryptobyte.String) ([]ExtKeyUsage, []asn1.ObjectIdentifier, error)

func parseCertificatePoliciesExtension(der cryptobyte.String) ([]OID, error)

func isValidIPMask(mask []byte) bool

func parseNameConstraintsExtension(out *Certificate, e pkix.Extension) (unhandled bool, err error)

func processExtensions(out *Certificate) error

var x509negativeserial = godebug.New("x509negativeserial")

func parseCertificate(der []byte) (*Certificate, error)

func ParseCertificate(der []byte) (*Certificate, error)

func ParseCertificates(der []byte) ([]*Certificate, error)

const x509v2Version = 1

func ParseRevocationList(der []byte) (*RevocationList, error)

func domainNameValid(s string, constraint bool) bool
