package x509

import (
	"bytes"
	"crypto"
	"crypto/sha256"
	"crypto/x509/pkix"
	"encoding/hex"
	"errors"
	"fmt"
	"iter"
	"maps"
	"net"
	"runtime"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

type InvalidReason int

const (
	NotAuthorizedToSign InvalidReason = iota
	Expired
	CANotAuthorizedForThisName
	TooManyIntermediates
	IncompatibleUsage
	NameMismatch
	NameConstraintsWithoutSANs
	UnconstrainedName
	TooManyConstraints
	CANotAuthorizedForExtKeyUsage
	NoValidChains
)

type CertificateInvalidError struct {
	Cert   *Certificate
	Reason InvalidReason
	Detail string
}

func (e CertificateInvalidError) Error() string

type HostnameError struct {
	Certificate *Certificate
	Host        string
}

func (h HostnameError) Error() string

type UnknownAuthorityError struct {
	Cert *Certificate
	hintErr error
	hintCert *Certificate
}

func (e UnknownAuthorityError) Error() string

type SystemRootsError struct {
	Err error
}

func (se SystemRootsError) Error() string

func (se SystemRootsError) Unwrap() error

var errNotParsed = errors.New("x509: missing ASN.1 contents; use ParseCertificate")

type VerifyOptions struct {
	DNSName string
	Intermediates *CertPool
	Roots *CertPool
	CurrentTime time.Time
	KeyUsages []ExtKeyUsage
	MaxConstraintComparisions int
	CertificatePolicies []OID
	inhibitPolicyMapping bool
	requireExplicitPolicy bool
	inhibitAnyPolicy bool
}

const (
	leafCertificate = iota
	intermediateCertificate
	rootCertificate
)

type rfc2821Mailbox struct {
	local, domain string
}

func (s rfc2821Mailbox) String() string

func parseRFC2821Mailbox(in string) (mailbox rfc2821Mailbox, ok bool)

func domainToReverseLabels(domain string) (reverseLabels []string, ok bool)

func (c *Certificate) isValid(certType int, currentChain []*Certificate, opts *VerifyOptions) error

func (c *Certificate) Verify(opts VerifyOptions) ([][]*Certificate, error)

func appendToFreshChain(chain []*Certificate, cert *Certificate) []*Certificate

func alreadyInChain(candidate *Certificate, chain []*Certificate) bool

const maxChainSignatureChecks = 100

var errSignatureLimit = errors.New("x509: signature check attempts limit reached while verifying certificate chain")

func (c *Certificate) buildChains(currentChain []*Certificate, sigChecks *int, opts *VerifyOptions) (chains [][]*Certificate, err error)

func validHostnamePattern(host string) bool

func validHostnameInput(host string) bool

func validHostname(host string, isPattern bool) bool

func matchExactly(hostA, hostB string) bool

func matchHostnames(pattern string, hostParts []string) bool

func toLowerCaseASCII(in string) string

func (c *Certificate) VerifyHostname(h string) error

func splitHostname(host string) []string

func checkChainForKeyUsage(chain []*Certificate, keyUsages []ExtKeyUsage) bool

func mustNewOIDFromInts(ints []uint64) OID

type policyGraphNode struct {
	validPolicy       OID
	expectedPolicySet []OID
	parents  map[*policyGraphNode]bool
	children map[*policyGraphNode]bool
}

func newPolicyGraphNode(valid OID, parents []*policyGraphNode) *policyGraphNode

type policyGraph struct {
	strata []map[string]*policyGraphNode
	parentIndex map[string][]*policyGraphNode
	depth       int
}

var anyPolicyOID = mustNewOIDFromInts([]uint64{2, 5, 29, 32, 0})

func newPolicyGraph() *policyGraph

func (pg *policyGraph) insert(n *policyGraphNode)

func (pg *policyGraph) parentsWithExpected(expected OID) []*policyGraphNode

func (pg *policyGraph) parentWithAnyPolicy() *policyGraphNode

func (pg *policyGraph) parents() iter.Seq[*policyGraphNode]

func (pg *policyGraph) leaves() map[string]*policyGraphNode

func (pg *policyGraph) leafWithPolicy(policy OID) *policyGraphNode

func (pg *policyGraph) deleteLeaf(policy OID)

func (pg *policyGraph) validPolicyNodes() []*policyGraphNode

func (pg *policyGraph) prune()

func (pg *policyGraph) incrDepth()

func policiesValid(chain []*Certificate, opts VerifyOptions) bool

var distrustedSPKIHashes = map[string]struct{}{
	"ebed6475c2c2d80fcb199f3fe8dd6e6b3ce60b77eb15d4e42c3dec0c6f5b5105": {},
	"49dd353dc2b919a3770645117d0e60c16115e7d1bc259eefe734b00ea434fe5f": {},
	"e0254c7fcdc265e2f0f8a428dabb75ab4ae039b4872d62f5ee57f0877d5a8a41": {},
	"5c0660a2b164910d8ff589c18e14552e9e0ec237dcefe2cb736d41a4811f81a0": {},
	"43bffa19d6ef651451f6841e019931e96f6f2eaeff28ab4b6f1ce4576de2717b": {},
	"63ecefee431d49523bc1136c4e72d0206a477086caf606cd5cf025686c109cf8": {},
	"ec4ffa1ad0ac88081314b7aaffef6a91f97cd57291bb5ba686c5415f5eb4f6b6": {},
	"92c063d67e8f14db71d288e11266ffdaf69cbf115f7bab14f3bc2f68d25e0e30": {},
}

func containsDistrustedSPKIHash(chain []*Certificate) bool
