package http

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"internal/godebug"
	"io"
	"log"
	"maps"
	"math/rand"
	"net"
	"net/textproto"
	"net/url"
	urlpkg "net/url"
	"path"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	_ "unsafe" 
	"golang.org/x/net/http/httpguts"
)

var (
	ErrBodyNotAllowed = errors.New("http: request method or response status code does not allow body")
	ErrHijacked = errors.New("http: connection has been hijacked")
	ErrContentLength = errors.New("http: wrote more than the declared Content-Length")
	ErrWriteAfterFlush = errors.New("unused")
)

type Handler interface {
	ServeHTTP(ResponseWriter, *Request)
}

type ResponseWriter interface {
	Header() Header
	Write([]byte) (int, error)
	WriteHeader(statusCode int)
}

type Flusher interface {
	Flush()
}

type Hijacker interface {
	Hijack() (net.Conn, *bufio.ReadWriter, error)
}

type CloseNotifier interface {
	CloseNotify() <-chan bool
}

var (
	ServerContextKey = &contextKey{"http-server"}
	LocalAddrContextKey = &contextKey{"local-addr"}
)

type conn struct {
	server *Server
	cancelCtx context.CancelFunc
	rwc net.Conn
	remoteAddr string
	tlsState *tls.ConnectionState
	werr error
	r *connReader
	bufr *bufio.Reader
	bufw *bufio.Writer
	lastMethod string
	curReq atomic.Pointer[response] 
	curState atomic.Uint64 
	mu sync.Mutex
	hijackedv bool
}

func (c *conn) hijacked() bool

func (c *conn) hijackLocked() (rwc net.Conn, buf *bufio.ReadWriter, err error)

const bufferBeforeChunkingSize = 2048

type chunkWriter struct {
	res *response
	header Header
	wroteHeader bool
	chunking bool 
}

var (
	crlf       = []byte("\r\n")
	colonSpace = []byte(": ")
)

func (cw *chunkWriter) Write(p []byte) (n int, err error)

func (cw *chunkWriter) flush() error

func (cw *chunkWriter) close()

type response struct {
	conn             *conn
	req              *Request 
	reqBody          io.ReadCloser
	cancelCtx        context.CancelFunc 
	wroteHeader      bool               
	wants10KeepAlive bool               
	wantsClose       bool               
	writeContinueMu  sync.Mutex
	canWriteContinue atomic.Bool
	w  *bufio.Writer 
	cw chunkWriter
	handlerHeader Header
	calledHeader  bool 
	written       int64 
	contentLength int64 
	status        int   
	closeAfterReply bool
	fullDuplex bool
	requestBodyLimitHit bool
	trailers []string
	handlerDone atomic.Bool 
	dateBuf   [len(TimeFormat)]byte
	clenBuf   [10]byte
	statusBuf [3]byte
	lazyCloseNotifyMu sync.Mutex
	closeNotifyCh chan bool
	closeNotifyTriggered bool
}

func (c *response) SetReadDeadline(deadline time.Time) error

func (c *response) SetWriteDeadline(deadline time.Time) error

func (c *response) EnableFullDuplex() error

const TrailerPrefix = "Trailer:"

func (w *response) finalTrailers() Header

func (w *response) declareTrailer(k string)

func (w *response) requestTooLarge()

func (w *response) disableWriteContinue()

type writerOnly struct {
	io.Writer
}

func (w *response) ReadFrom(src io.Reader) (n int64, err error)

const debugServerConnections = false

func (s *Server) newConn(rwc net.Conn) *conn

type readResult struct {
	_   incomparable
	n   int
	err error
	b   byte 
}

type connReader struct {
	rwc net.Conn 
	mu      sync.Mutex 
	conn    *conn      
	hasByte bool
	byteBuf [1]byte
	cond    *sync.Cond
	inRead  bool
	aborted bool  
	remain  int64 
}

func (cr *connReader) lock()

func (cr *connReader) unlock()

func (cr *connReader) releaseConn()

func (cr *connReader) startBackgroundRead()

func (cr *connReader) backgroundRead()

func (cr *connReader) abortPendingRead()

func (cr *connReader) setReadLimit(remain int64)

func (cr *connReader) setInfiniteReadLimit()

func (cr *connReader) hitReadLimit() bool

func (cr *connReader) handleReadErrorLocked(_ error)

func (cr *connReader) Read(p []byte) (n int, err error)

var (
	bufioReaderPool   sync.Pool
	bufioWriter2kPool sync.Pool
	bufioWriter4kPool sync.Pool
)

const copyBufPoolSize = 32 * 1024

var copyBufPool = sync.Pool{New: func() any { return new([copyBufPoolSize]byte) }}

func getCopyBuf() []byte

func putCopyBuf(b []byte)

func bufioWriterPool(size int) *sync.Pool

func newBufioReader(r io.Reader) *bufio.Reader

func putBufioReader(br *bufio.Reader)

func newBufioWriterSize(w io.Writer, size int) *bufio.Writer

func putBufioWriter(bw *bufio.Writer)

const DefaultMaxHeaderBytes = 1 << 20

func (s *Server) maxHeaderBytes() int

func (s *Server) initialReadLimitSize() int64

func (s *Server) tlsHandshakeTimeout() time.Duration

type expectContinueReader struct {
	resp       *response
	readCloser io.ReadCloser
	closed     atomic.Bool
	sawEOF     atomic.Bool
}

func (ecr *expectContinueReader) Read(p []byte) (n int, err error)

func (ecr *expectContinueReader) Close() error

const TimeFormat = "Mon, 02 Jan 2006 15:04:05 GMT"

var errTooLarge = errors.New("http: request too large")

func (c *conn) readRequest(ctx context.Context) (w *response, err error)

func http1ServerSupportsRequest(req *Request) bool

func (w *response) Header() Header

const maxPostHandlerReadBytes = 256 << 10

func checkWriteHeaderCode(code int)

func relevantCaller() runtime.Frame

func (w *response) WriteHeader(code int)

type extraHeader struct {
	contentType      string
	connection       string
	transferEncoding string
	date             []byte 
	contentLength    []byte 
}

var extraHeaderKeys = [][]byte{
	[]byte("Content-Type"),
	[]byte("Connection"),
	[]byte("Transfer-Encoding"),
}

var (
	headerContentLength = []byte("Content-Length: ")
	headerDate          = []byte("Date: ")
)

func (h extraHeader) Write(w *bufio.Writer)

func (cw *chunkWriter) writeHeader(p []byte)

func foreachHeaderElement(v string, fn func(string))

func writeStatusLine(bw *bufio.Writer, is11 bool, code int, scratch []byte)

func (w *response) bodyAllowed() bool

func (w *response) Write(data []byte) (n int, err error)

func (w *response) WriteString(data string) (n int, err error)

func (w *response) write(lenData int, dataB []byte, dataS string) (n int, err error)

func (w *response) finishRequest()

func (w *response) shouldReuseConnection() bool

func (w *response) closedRequestBodyEarly() bool

func (w *response) Flush()

func (w *response) FlushError() error

func (c *conn) finalFlush()

func (c *conn) close()

var rstAvoidanceDelay = 500 * time.Millisecond

type closeWriter interface {
	CloseWrite() error
}

var _ closeWriter = (*net.TCPConn)(nil)

func (c *conn) closeWriteAndWait()

func validNextProto(proto string) bool

const (
	runHooks  = true
	skipHooks = false
)

func (c *conn) setState(nc net.Conn, state ConnState, runHook bool)

func (c *conn) getState() (state ConnState, unixSec int64)

func badRequestError(e string) error

type statusError struct {
	code int
	text string
}

func (e statusError) Error() string

var ErrAbortHandler = errors.New("net/http: abort Handler")

func isCommonNetReadError(err error) bool

type connectionStater interface {
	ConnectionState() tls.ConnectionState
}

func (c *conn) serve(ctx context.Context)

type unencryptedHTTP2Request struct {
	ctx context.Context
	c   net.Conn
	h   serverHandler
}

func (h unencryptedHTTP2Request) BaseContext() context.Context

func (h unencryptedHTTP2Request) ServeHTTP(rw ResponseWriter, req *Request)

type unencryptedNetConnInTLSConn struct {
	net.Conn 
	conn     net.Conn
}

func (c unencryptedNetConnInTLSConn) UnencryptedNetConn() net.Conn

func unencryptedTLSConn(c net.Conn) *tls.Conn

const nextProtoUnencryptedHTTP2 = "unencrypted_http2"

func (c *conn) maybeServeUnencryptedHTTP2(ctx context.Context) bool

func (w *response) sendExpectationFailed()

func (w *response) Hijack() (rwc net.Conn, buf *bufio.ReadWriter, err error)

func (w *response) CloseNotify() <-chan bool

func (w *response) closeNotify()

func registerOnHitEOF(rc io.ReadCloser, fn func())

func requestBodyRemains(rc io.ReadCloser) bool

type HandlerFunc func(ResponseWriter, *Request)

func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request)

func Error(w ResponseWriter, error string, code int)

func NotFound(w ResponseWriter, r *Request)

func NotFoundHandler() Handler

func StripPrefix(prefix string, h Handler) Handler

func Redirect(w ResponseWriter, r *Request, url string, code int)

var htmlReplacer = strings.NewReplacer(
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
	`"`, "&#34;",
	"'", "&#39;",
)

func htmlEscape(s string) string

type redirectHandler struct {
	url  string
	code int
}

func (rh *redirectHandler) ServeHTTP(w ResponseWriter, r *Request)

func RedirectHandler(url string, code int) Handler

type ServeMux struct {
	mu     sync.RWMutex
	tree   routingNode
	index  routingIndex
	mux121 serveMux121 
}

func NewServeMux() *ServeMux

var DefaultServeMux = &defaultServeMux

var defaultServeMux ServeMux

func cleanPath(p string) string

func stripHostPort(h string) string

func (mux *ServeMux) Handler(r *Request) (h Handler, pattern string)

func (mux *ServeMux) findHandler(r *Request) (h Handler, patStr string, _ *pattern, matches []string)

func (mux *ServeMux) matchOrRedirect(host, method, path string, u *url.URL) (_ *routingNode, matches []string, redirectTo *url.URL)

func exactMatch(n *routingNode, path string) bool

func (mux *ServeMux) matchingMethods(host, path string) []string

func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request)

func (mux *ServeMux) Handle(pattern string, handler Handler)

func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request))

func Handle(pattern string, handler Handler)

func HandleFunc(pattern string, handler func(ResponseWriter, *Request))

func (mux *ServeMux) register(pattern string, handler Handler)

func (mux *ServeMux) registerErr(patstr string, handler Handler) error

func Serve(l net.Listener, handler Handler) error

func ServeTLS(l net.Listener, handler Handler, certFile, keyFile string) error

type Server struct {
	Addr string
	Handler Handler 
	DisableGeneralOptionsHandler bool
	TLSConfig *tls.Config
	ReadTimeout time.Duration
	ReadHeaderTimeout time.Duration
	WriteTimeout time.Duration
	IdleTimeout time.Duration
	MaxHeaderBytes int
	TLSNextProto map[string]func(*Server, *tls.Conn, Handler)
	ConnState func(net.Conn, ConnState)
	ErrorLog *log.Logger
	BaseContext func(net.Listener) context.Context
	ConnContext func(ctx context.Context, c net.Conn) context.Context
	HTTP2 *HTTP2Config
	Protocols *Protocols
	inShutdown atomic.Bool 
	disableKeepAlives atomic.Bool
	nextProtoOnce     sync.Once 
	nextProtoErr      error     
	mu         sync.Mutex
	listeners  map[*net.Listener]struct{}
	activeConn map[*conn]struct{}
	onShutdown []func()
	listenerGroup sync.WaitGroup
}

func (s *Server) Close() error

const shutdownPollIntervalMax = 500 * time.Millisecond

func (s *Server) Shutdown(ctx context.Context) error

func (s *Server) RegisterOnShutdown(f func())

func (s *Server) closeIdleConns() bool

func (s *Server) closeListenersLocked() error

type ConnState int

const (
	StateNew ConnState = iota
	StateActive
	StateIdle
	StateHijacked
	StateClosed
)

var stateName = map[ConnState]string{
	StateNew:      "new",
	StateActive:   "active",
	StateIdle:     "idle",
	StateHijacked: "hijacked",
	StateClosed:   "closed",
}

func (c ConnState) String() string

type serverHandler struct {
	srv *Server
}

func (sh serverHandler) ServeHTTP(rw ResponseWriter, req *Request)

func badServeHTTP(serverHandler, ResponseWriter, *Request)

func AllowQuerySemicolons(h Handler) Handler

func (s *Server) ListenAndServe() error

var testHookServerServe func(*Server, net.Listener)

func (s *Server) shouldConfigureHTTP2ForServe() bool

var ErrServerClosed = errors.New("http: Server closed")

func (s *Server) Serve(l net.Listener) error

func (s *Server) ServeTLS(l net.Listener, certFile, keyFile string) error

func (s *Server) protocols() Protocols

func adjustNextProtos(nextProtos []string, protos Protocols) []string

func (s *Server) trackListener(ln *net.Listener, add bool) bool

func (s *Server) trackConn(c *conn, add bool)

func (s *Server) idleTimeout() time.Duration

func (s *Server) readHeaderTimeout() time.Duration

func (s *Server) doKeepAlives() bool

func (s *Server) shuttingDown() bool

func (s *Server) SetKeepAlivesEnabled(v bool)

func (s *Server) logf(format string, args ...any)

func logf(r *Request, format string, args ...any)

func ListenAndServe(addr string, handler Handler) error

func ListenAndServeTLS(addr, certFile, keyFile string, handler Handler) error

func (s *Server) ListenAndServeTLS(certFile, keyFile string) error

func (s *Server) setupHTTP2_ServeTLS() error

func (s *Server) setupHTTP2_Serve() error

func (s *Server) onceSetNextProtoDefaults_Serve()

var http2server = godebug.New("http2server")

func (s *Server) onceSetNextProtoDefaults()

func TimeoutHandler(h Handler, dt time.Duration, msg string) Handler

var ErrHandlerTimeout = errors.New("http: Handler timeout")

type timeoutHandler struct {
	handler Handler
	body    string
	dt      time.Duration
	testContext context.Context
}

func (h *timeoutHandler) errorBody() string

func (h *timeoutHandler) ServeHTTP(w ResponseWriter, r *Request)

type timeoutWriter struct {
	w    ResponseWriter
	h    Header
	wbuf bytes.Buffer
	req  *Request
	mu          sync.Mutex
	err         error
	wroteHeader bool
	code        int
}

var _ Pusher = (*timeoutWriter)(nil)

func (tw *timeoutWriter) Push(target string, opts *PushOptions) error

func (tw *timeoutWriter) Header() Header

func (tw *timeoutWriter) Write(p []byte) (int, error)

func (tw *timeoutWriter) writeHeaderLocked(code int)

func (tw *timeoutWriter) WriteHeader(code int)

type onceCloseListener struct {
	net.Listener
	once     sync.Once
	closeErr error
}

func (oc *onceCloseListener) Close() error

func (oc *onceCloseListener) close()

type globalOptionsHandler struct{}

func (globalOptionsHandler) ServeHTTP(w ResponseWriter, r *Request)

type initALPNRequest struct {
	ctx context.Context
	c   *tls.Conn
	h   serverHandler
}

func (h initALPNRequest) BaseContext() context.Context

func (h initALPNRequest) ServeHTTP(rw ResponseWriter, req *Request)

type loggingConn struct {
	name string
	net.Conn
}

var (
	uniqNameMu   sync.Mutex
	uniqNameNext = make(map[string]int)
)

func newLoggingConn(baseName string, c net.Conn) net.Conn

func (c *loggingConn) Write(p []byte) (n int, err error)

func (c *loggingConn) Read(p []byte) (n int, err error)

func (c *loggingConn) Close() (err error)

type checkConnErrorWriter struct {
	c *conn
}

func (w checkConnErrorWriter) Write(p []byte) (n int, err error)

func numLeadingCRorLF(v []byte) (n int)

func tlsRecordHeaderLooksLikeHTTP(hdr [5]byte) bool

func MaxBytesHandler(h Handler, n int64) Handler
