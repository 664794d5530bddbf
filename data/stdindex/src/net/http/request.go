package http

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"maps"
	"mime"
	"mime/multipart"
	"net/http/httptrace"
	"net/http/internal/ascii"
	"net/textproto"
	"net/url"
	urlpkg "net/url"
	"strconv"
	"strings"
	"sync"
	_ "unsafe" 
	"golang.org/x/net/http/httpguts"
	"golang.org/x/net/idna"
)

const (
	defaultMaxMemory = 32 << 20 
)

var ErrMissingFile = errors.New("http: no such file")

type ProtocolError struct {
	ErrorString string
}

func (pe *ProtocolError) Error() string

func (pe *ProtocolError) Is(err error) bool

var (
	ErrNotSupported = &ProtocolError{"feature not supported"}
	ErrUnexpectedTrailer = &ProtocolError{"trailer header without chunked transfer encoding"}
	ErrMissingBoundary = &ProtocolError{"no multipart boundary param in Content-Type"}
	ErrNotMultipart = &ProtocolError{"request Content-Type isn't multipart/form-data"}
	ErrHeaderTooLong = &ProtocolError{"header too long"}
	ErrShortBody = &ProtocolError{"entity body too short"}
	ErrMissingContentLength = &ProtocolError{"missing ContentLength in HEAD response"}
)

func badStringError(what, val string) error

var reqWriteExcludeHeader = map[string]bool{
	"Host":              true, 
	"User-Agent":        true,
	"Content-Length":    true,
	"Transfer-Encoding": true,
	"Trailer":           true,
}

type Request struct {
	Method string
	URL *url.URL
	Proto      string 
	ProtoMajor int    
	ProtoMinor int    
	Header Header
	Body io.ReadCloser
	GetBody func() (io.ReadCloser, error)
	ContentLength int64
	TransferEncoding []string
	Close bool
	Host string
	Form url.Values
	PostForm url.Values
	MultipartForm *multipart.Form
	Trailer Header
	RemoteAddr string
	RequestURI string
	TLS *tls.ConnectionState
	Cancel <-chan struct{}
	Response *Response
	Pattern string
	ctx context.Context
	pat         *pattern          
	matches     []string          
	otherValues map[string]string 
}

func (r *Request) Context() context.Context

func (r *Request) WithContext(ctx context.Context) *Request

func (r *Request) Clone(ctx context.Context) *Request

func (r *Request) ProtoAtLeast(major, minor int) bool

func (r *Request) UserAgent() string

func (r *Request) Cookies() []*Cookie

func (r *Request) CookiesNamed(name string) []*Cookie

var ErrNoCookie = errors.New("http: named cookie not present")

func (r *Request) Cookie(name string) (*Cookie, error)

func (r *Request) AddCookie(c *Cookie)

func (r *Request) Referer() string

var multipartByReader = &multipart.Form{
	Value: make(map[string][]string),
	File:  make(map[string][]*multipart.FileHeader),
}

func (r *Request) MultipartReader() (*multipart.Reader, error)

func (r *Request) multipartReader(allowMixed bool) (*multipart.Reader, error)

func (r *Request) isH2Upgrade() bool

func valueOrDefault(value, def string) string

const defaultUserAgent = "Go-http-client/1.1"

func (r *Request) Write(w io.Writer) error

func (r *Request) WriteProxy(w io.Writer) error

var errMissingHost = errors.New("http: Request.Write on Request with no Host or URL set")

func (r *Request) write(w io.Writer, usingProxy bool, extraHeaders Header, waitForContinue func() bool) (err error)

type requestBodyReadError struct{ error }

func idnaASCII(v string) (string, error)

func removeZone(host string) string

func ParseHTTPVersion(vers string) (major, minor int, ok bool)

func validMethod(method string) bool

func NewRequest(method, url string, body io.Reader) (*Request, error)

func NewRequestWithContext(ctx context.Context, method, url string, body io.Reader) (*Request, error)

func (r *Request) BasicAuth() (username, password string, ok bool)

func parseBasicAuth(auth string) (username, password string, ok bool)

func (r *Request) SetBasicAuth(username, password string)

func parseRequestLine(line string) (method, requestURI, proto string, ok bool)

var textprotoReaderPool sync.Pool

func newTextprotoReader(br *bufio.Reader) *textproto.Reader

func putTextprotoReader(r *textproto.Reader)

func ReadRequest(b *bufio.Reader) (*Request, error)

func readRequest(b *bufio.Reader) (req *Request, err error)

func MaxBytesReader(w ResponseWriter, r io.ReadCloser, n int64) io.ReadCloser

type MaxBytesError struct {
	Limit int64
}

func (e *MaxBytesError) Error() string

type maxBytesReader struct {
	w   ResponseWriter
	r   io.ReadCloser 
	i   int64         
	n   int64         
	err error         
}

func (l *maxBytesReader) Read(p []byte) (n int, err error)

func (l *maxBytesReader) Close() error

func copyValues(dst, src url.Values)

func parsePostForm(r *Request) (vs url.Values, err error)

func (r *Request) ParseForm() error

func (r *Request) ParseMultipartForm(maxMemory int64) error

func (r *Request) FormValue(key string) string

func (r *Request) PostFormValue(key string) string

func (r *Request) FormFile(key string) (multipart.File, *multipart.FileHeader, error)

func (r *Request) PathValue(name string) string

func (r *Request) SetPathValue(name, value string)

func (r *Request) patIndex(name string) int

func (r *Request) expectsContinue() bool

func (r *Request) wantsHttp10KeepAlive() bool

func (r *Request) wantsClose() bool

func (r *Request) closeBody() error

func (r *Request) isReplayable() bool

func (r *Request) outgoingLength() int64

func requestMethodUsuallyLacksBody(method string) bool

func (r *Request) requiresHTTP1() bool
