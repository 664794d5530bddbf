package tls

import (
	"internal/godebug"
	"slices"
	_ "unsafe" 
)

var tlsmlkem = godebug.New("tlsmlkem")

var tlssecpmlkem = godebug.New("tlssecpmlkem")

func defaultCurvePreferences() []CurveID

func defaultSupportedSignatureAlgorithms() []SignatureScheme

var tlsrsakex = godebug.New("tlsrsakex")

var tls3des = godebug.New("tls3des")

func supportedCipherSuites(aesGCMPreferred bool) []uint16

func defaultCipherSuites(aesGCMPreferred bool) []uint16

var defaultCipherSuitesTLS13 = []uint16{
	TLS_AES_128_GCM_SHA256,
	TLS_AES_256_GCM_SHA384,
	TLS_CHACHA20_POLY1305_SHA256,
}

var defaultCipherSuitesTLS13NoAES = []uint16{
	TLS_CHACHA20_POLY1305_SHA256,
	TLS_AES_128_GCM_SHA256,
	TLS_AES_256_GCM_SHA384,
}
