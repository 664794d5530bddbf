package x509

import (
	"bytes"
	"crypto/sha256"
	"encoding/pem"
	"sync"
)

type sum224 [sha256.Size224]byte

type CertPool struct {
	byName map[string][]int 
	lazyCerts []lazyCert
	haveSum map[sum224]bool
	systemPool bool
}

type lazyCert struct {
	rawSubject []byte
	constraint func([]*Certificate) error
	getCert func() (*Certificate, error)
}

func NewCertPool() *CertPool

func (s *CertPool) len() int

func (s *CertPool) cert(n int) (*Certificate, func([]*Certificate) error, error)

func (s *CertPool) Clone() *CertPool

func SystemCertPool() (*CertPool, error)

type potentialParent struct {
	cert       *Certificate
	constraint func([]*Certificate) error
}

func (s *CertPool) findPotentialParents(cert *Certificate) []potentialParent

func (s *CertPool) contains(cert *Certificate) bool

func (s *CertPool) AddCert(cert *Certificate)

func (s *CertPool) addCertFunc(rawSum224 sum224, rawSubject string, getCert func() (*Certificate, error), constraint func([]*Certificate) error)

func (s *CertPool) AppendCertsFromPEM(pemCerts []byte) (ok bool)

func (s *CertPool) Subjects() [][]byte

func (s *CertPool) Equal(other *CertPool) bool

func (s *CertPool) AddCertWithConstraint(cert *Certificate, constraint func([]*Certificate) error)
