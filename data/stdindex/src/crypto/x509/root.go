package x509

import (
	"internal/godebug"
	"sync"
	_ "unsafe" 
)

var (
	once             sync.Once
	systemRootsMu    sync.RWMutex
	systemRoots      *CertPool
	systemRootsErr   error
	fallbacksSet     bool
	useFallbackRoots bool
)

func systemRootsPool() *CertPool

func initSystemRoots()

var x509usefallbackroots = godebug.New("x509usefallbackroots")

func SetFallbackRoots(roots *CertPool)
