package tls

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"internal/godebug"
	"net"
	"os"
	"strings"
)

func Server(conn net.Conn, config *Config) *Conn

func Client(conn net.Conn, config *Config) *Conn

type listener struct {
	net.Listener
	config *Config
}

func (l *listener) Accept() (net.Conn, error)

func NewListener(inner net.Listener, config *Config) net.Listener

func Listen(network, laddr string, config *Config) (net.Listener, error)

type timeoutError struct{}

func (timeoutError) Error() string

func (timeoutError) Timeout() bool

func (timeoutError) Temporary() bool

func DialWithDialer(dialer *net.Dialer, network, addr string, config *Config) (*Conn, error)

func dial(ctx context.Context, netDialer *net.Dialer, network, addr string, config *Config) (*Conn, error)

func Dial(network, addr string, config *Config) (*Conn, error)

type Dialer struct {
	NetDialer *net.Dialer
	Config *Config
}

func (d *Dialer) Dial(network, addr string) (net.Conn, error)

func (d *Dialer) netDialer() *net.Dialer

func (d *Dialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error)

func LoadX509KeyPair(certFile, keyFile string) (Certificate, error)

var x509keypairleaf = godebug.New("x509keypairleaf")

func X509KeyPair(certPEMBlock, keyPEMBlock []byte) (Certificate, error)

func parsePrivateKey(der []byte) (crypto.PrivateKey, error)
