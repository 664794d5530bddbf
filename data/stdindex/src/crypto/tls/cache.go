package tls

import (
	"crypto/x509"
	"runtime"
	"sync"
	"weak"
)

type weakCertCache struct{ sync.Map }

func (wcc *weakCertCache) newCert(der []byte) (*x509.Certificate, error)

var globalCertCache = new(weakCertCache)
