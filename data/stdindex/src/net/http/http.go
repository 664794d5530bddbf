package http

import (
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
	"golang.org/x/net/http/httpguts"
)

type Protocols struct {
	bits uint8
}

const (
	protoHTTP1 = 1 << iota
	protoHTTP2
	protoUnencryptedHTTP2
)

func (p Protocols) HTTP1() bool

func (p *Protocols) SetHTTP1(ok bool)

func (p Protocols) HTTP2() bool

func (p *Protocols) SetHTTP2(ok bool)

func (p Protocols) UnencryptedHTTP2() bool

func (p *Protocols) SetUnencryptedHTTP2(ok bool)

func (p *Protocols) setBit(bit uint8, ok bool)

func (p Protocols) String() string

type incomparable [0]func()

const maxInt64 = 1<<63 - 1

var aLongTimeAgo = time.Unix(1, 0)

var omitBundledHTTP2 bool

type contextKey struct {
	name string
}

func (k *contextKey) String() string

func hasPort(s string) bool

func removeEmptyPort(host string) string

func isToken(v string) bool

func stringContainsCTLByte(s string) bool

func hexEscapeNonASCII(s string) string

var NoBody = noBody{}

type noBody struct{}

func (noBody) Read([]byte) (int, error)

func (noBody) Close() error

func (noBody) WriteTo(io.Writer) (int64, error)

var (
	_ io.WriterTo   = NoBody
	_ io.ReadCloser = NoBody
)

type PushOptions struct {
	Method string
	Header Header
}

type Pusher interface {
	Push(target string, opts *PushOptions) error
}

type HTTP2Config struct {
	MaxConcurrentStreams int
	StrictMaxConcurrentRequests bool
	MaxDecoderHeaderTableSize int
	MaxEncoderHeaderTableSize int
	MaxReadFrameSize int
	MaxReceiveBufferPerConnection int
	MaxReceiveBufferPerStream int
	SendPingTimeout time.Duration
	PingTimeout time.Duration
	WriteByteTimeout time.Duration
	PermitProhibitedCipherSuites bool
	CountError func(errType string)
}
