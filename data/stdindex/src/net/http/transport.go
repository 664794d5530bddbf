package http

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"container/list"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"internal/godebug"
	"io"
	"log"
	"maps"
	"net"
	"net/http/httptrace"
	"net/http/internal/ascii"
	"net/textproto"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	_ "unsafe"
	"golang.org/x/net/http/httpguts"
	"golang.org/x/net/http/httpproxy"
)

var DefaultTransport RoundTripper = &Transport{
	Proxy: ProxyFromEnvironment,
	DialContext: defaultTransportDialContext(&net.Dialer{
		Timeout:   30 * time.Second,
		KeepAlive: 30 * time.Second,
	}),
	ForceAttemptHTTP2:     true,
	MaxIdleConns:          100,
	IdleConnTimeout:       90 * time.Second,
	TLSHandshakeTimeout:   10 * time.Second,
	ExpectContinueTimeout: 1 * time.Second,
}

const DefaultMaxIdleConnsPerHost = 2

type Transport struct {
	idleMu       sync.Mutex
	closeIdle    bool                                
	idleConn     map[connectMethodKey][]*persistConn 
	idleConnWait map[connectMethodKey]wantConnQueue  
	idleLRU      connLRU
	reqMu       sync.Mutex
	reqCanceler map[*Request]context.CancelCauseFunc
	altMu    sync.Mutex   
	altProto atomic.Value 
	connsPerHostMu   sync.Mutex
	connsPerHost     map[connectMethodKey]int
	connsPerHostWait map[connectMethodKey]wantConnQueue 
	dialsInProgress  wantConnQueue
	Proxy func(*Request) (*url.URL, error)
	OnProxyConnectResponse func(ctx context.Context, proxyURL *url.URL, connectReq *Request, connectRes *Response) error
	DialContext func(ctx context.Context, network, addr string) (net.Conn, error)
	Dial func(network, addr string) (net.Conn, error)
	DialTLSContext func(ctx context.Context, network, addr string) (net.Conn, error)
	DialTLS func(network, addr string) (net.Conn, error)
	TLSClientConfig *tls.Config
	TLSHandshakeTimeout time.Duration
	DisableKeepAlives bool
	DisableCompression bool
	MaxIdleConns int
	MaxIdleConnsPerHost int
	MaxConnsPerHost int
	IdleConnTimeout time.Duration
	ResponseHeaderTimeout time.Duration
	ExpectContinueTimeout time.Duration
	TLSNextProto map[string]func(authority string, c *tls.Conn) RoundTripper
	ProxyConnectHeader Header
	GetProxyConnectHeader func(ctx context.Context, proxyURL *url.URL, target string) (Header, error)
	MaxResponseHeaderBytes int64
	WriteBufferSize int
	ReadBufferSize int
	nextProtoOnce      sync.Once
	h2transport        h2Transport 
	tlsNextProtoWasNil bool        
	ForceAttemptHTTP2 bool
	HTTP2 *HTTP2Config
	Protocols *Protocols
}

func (t *Transport) writeBufferSize() int

func (t *Transport) readBufferSize() int

func (t *Transport) maxHeaderResponseSize() int64

func (t *Transport) Clone() *Transport

type h2Transport interface {
	CloseIdleConnections()
}

func (t *Transport) hasCustomTLSDialer() bool

var http2client = godebug.New("http2client")

func (t *Transport) onceSetNextProtoDefaults()

func (t *Transport) protocols() Protocols

func ProxyFromEnvironment(req *Request) (*url.URL, error)

func ProxyURL(fixedURL *url.URL) func(*Request) (*url.URL, error)

type transportRequest struct {
	*Request                        
	extra    Header                 
	trace    *httptrace.ClientTrace 
	ctx    context.Context 
	cancel context.CancelCauseFunc
	mu  sync.Mutex 
	err error      
}

func (tr *transportRequest) extraHeaders() Header

func (tr *transportRequest) setError(err error)

func (t *Transport) useRegisteredProtocol(req *Request) bool

func (t *Transport) alternateRoundTripper(req *Request) RoundTripper

func validateHeaders(hdrs Header) string

func (t *Transport) roundTrip(req *Request) (_ *Response, err error)

func awaitLegacyCancel(ctx context.Context, cancel context.CancelCauseFunc, req *Request)

var errCannotRewind = errors.New("net/http: cannot rewind body after connection loss")

type readTrackingBody struct {
	io.ReadCloser
	didRead  bool 
	didClose atomic.Bool
}

func (r *readTrackingBody) Read(data []byte) (int, error)

func (r *readTrackingBody) Close() error

func setupRewindBody(req *Request) *Request

func rewindBody(req *Request) (rewound *Request, err error)

func (pc *persistConn) shouldRetryRequest(req *Request, err error) bool

var ErrSkipAltProtocol = errors.New("net/http: skip alternate protocol")

func (t *Transport) RegisterProtocol(scheme string, rt RoundTripper)

func (t *Transport) CloseIdleConnections()

func (t *Transport) prepareTransportCancel(req *Request, origCancel context.CancelCauseFunc) context.CancelCauseFunc

func (t *Transport) CancelRequest(req *Request)

var (
	envProxyOnce      sync.Once
	envProxyFuncValue func(*url.URL) (*url.URL, error)
)

func envProxyFunc() func(*url.URL) (*url.URL, error)

func resetProxyConfig()

func (t *Transport) connectMethodForRequest(treq *transportRequest) (cm connectMethod, err error)

func (cm *connectMethod) proxyAuth() string

var (
	errKeepAlivesDisabled = errors.New("http: putIdleConn: keep alives disabled")
	errConnBroken         = errors.New("http: putIdleConn: connection is in bad state")
	errCloseIdle          = errors.New("http: putIdleConn: CloseIdleConnections was called")
	errTooManyIdle        = errors.New("http: putIdleConn: too many idle connections")
	errTooManyIdleHost    = errors.New("http: putIdleConn: too many idle connections for host")
	errCloseIdleConns     = errors.New("http: CloseIdleConnections called")
	errReadLoopExiting    = errors.New("http: persistConn.readLoop exiting")
	errIdleConnTimeout    = errors.New("http: idle connection timeout")
	errServerClosedIdle = errors.New("http: server closed idle connection")
)

type transportReadFromServerError struct {
	err error
}

func (e transportReadFromServerError) Unwrap() error

func (e transportReadFromServerError) Error() string

func (t *Transport) putOrCloseIdleConn(pconn *persistConn)

func (t *Transport) maxIdleConnsPerHost() int

func (t *Transport) tryPutIdleConn(pconn *persistConn) error

func (t *Transport) queueForIdleConn(w *wantConn) (delivered bool)

func (t *Transport) removeIdleConn(pconn *persistConn) bool

func (t *Transport) removeIdleConnLocked(pconn *persistConn) bool

var zeroDialer net.Dialer

func (t *Transport) dial(ctx context.Context, network, addr string) (net.Conn, error)

type wantConn struct {
	cm  connectMethod
	key connectMethodKey 
	beforeDial func()
	afterDial  func()
	mu        sync.Mutex      
	ctx       context.Context 
	cancelCtx context.CancelFunc
	done      bool             
	result    chan connOrError 
}

type connOrError struct {
	pc     *persistConn
	err    error
	idleAt time.Time
}

func (w *wantConn) waiting() bool

func (w *wantConn) getCtxForDial() context.Context

func (w *wantConn) tryDeliver(pc *persistConn, err error, idleAt time.Time) bool

func (w *wantConn) cancel(t *Transport)

type wantConnQueue struct {
	head    []*wantConn
	headPos int
	tail    []*wantConn
}

func (q *wantConnQueue) len() int

func (q *wantConnQueue) pushBack(w *wantConn)

func (q *wantConnQueue) popFront() *wantConn

func (q *wantConnQueue) peekFront() *wantConn

func (q *wantConnQueue) cleanFrontNotWaiting() (cleaned bool)

func (q *wantConnQueue) cleanFrontCanceled()

func (q *wantConnQueue) all(f func(*wantConn))

func (t *Transport) customDialTLS(ctx context.Context, network, addr string) (conn net.Conn, err error)

func (t *Transport) getConn(treq *transportRequest, cm connectMethod) (_ *persistConn, err error)

func (t *Transport) queueForDial(w *wantConn)

func (t *Transport) startDialConnForLocked(w *wantConn)

func (t *Transport) dialConnFor(w *wantConn)

func (t *Transport) decConnsPerHost(key connectMethodKey)

func (pconn *persistConn) addTLS(ctx context.Context, name string, trace *httptrace.ClientTrace) error

type erringRoundTripper interface {
	RoundTripErr() error
}

var testHookProxyConnectTimeout = context.WithTimeout

func (t *Transport) dialConn(ctx context.Context, cm connectMethod, isClientConn bool, internalStateHook func()) (pconn *persistConn, err error)

type persistConnWriter struct {
	pc *persistConn
}

func (w persistConnWriter) Write(p []byte) (n int, err error)

func (w persistConnWriter) ReadFrom(r io.Reader) (n int64, err error)

var _ io.ReaderFrom = (*persistConnWriter)(nil)

type connectMethod struct {
	_            incomparable
	proxyURL     *url.URL 
	targetScheme string   
	targetAddr string
	onlyH1     bool 
}

func (cm *connectMethod) key() connectMethodKey

func (cm *connectMethod) scheme() string

func (cm *connectMethod) addr() string

func (cm *connectMethod) tlsHost() string

type connectMethodKey struct {
	proxy, scheme, addr string
	onlyH1              bool
}

func (k connectMethodKey) String() string

type persistConn struct {
	alt RoundTripper
	t            *Transport
	cacheKey     connectMethodKey
	conn         net.Conn
	tlsState     *tls.ConnectionState
	br           *bufio.Reader       
	bw           *bufio.Writer       
	nwrite       int64               
	reqch        chan requestAndChan 
	writech      chan writeRequest   
	closech      chan struct{}       
	availch      chan struct{}       
	isProxy      bool
	sawEOF       bool  
	isClientConn bool  
	readLimit    int64 
	writeErrCh chan error
	writeLoopDone chan struct{} 
	idleAt    time.Time   
	idleTimer *time.Timer 
	mu                   sync.Mutex 
	numExpectedResponses int
	closed               error  
	canceledErr          error  
	reused               bool   
	reserved             bool   
	inFlight             bool   
	internalStateHook    func() 
	mutateHeaderFunc func(Header)
}

func (pc *persistConn) maxHeaderResponseSize() int64

func (pc *persistConn) Read(p []byte) (n int, err error)

func (pc *persistConn) isBroken() bool

func (pc *persistConn) canceled() error

func (pc *persistConn) isReused() bool

func (pc *persistConn) cancelRequest(err error)

func (pc *persistConn) closeConnIfStillIdle()

func (pc *persistConn) mapRoundTripError(req *transportRequest, startBytesWritten int64, err error) error

var errCallerOwnsConn = errors.New("read loop ending; caller owns writable underlying conn")

func (pc *persistConn) readLoop()

func (pc *persistConn) readLoopPeekFailLocked(peekErr error)

func is408Message(buf []byte) bool

func (pc *persistConn) readResponse(rc requestAndChan, trace *httptrace.ClientTrace) (resp *Response, err error)

func (pc *persistConn) waitForContinue(continueCh <-chan struct{}) func() bool

func newReadWriteCloserBody(br *bufio.Reader, rwc io.ReadWriteCloser) io.ReadWriteCloser

type readWriteCloserBody struct {
	_  incomparable
	br *bufio.Reader 
	io.ReadWriteCloser
}

func (b *readWriteCloserBody) Read(p []byte) (n int, err error)

func (b *readWriteCloserBody) CloseWrite() error

type nothingWrittenError struct {
	error
}

func (nwe nothingWrittenError) Unwrap() error

func (pc *persistConn) writeLoop()

var maxWriteWaitBeforeConnReuse = 50 * time.Millisecond

func (pc *persistConn) wroteRequest() bool

type responseAndError struct {
	_   incomparable
	res *Response 
	err error
}

type requestAndChan struct {
	_    incomparable
	treq *transportRequest
	ch   chan responseAndError 
	addedGzip bool
	continueCh chan<- struct{}
	callerGone <-chan struct{} 
}

type writeRequest struct {
	req *transportRequest
	ch  chan<- error
	continueCh <-chan struct{}
}

type timeoutError struct {
	err string
}

func (e *timeoutError) Error() string

func (e *timeoutError) Timeout() bool

func (e *timeoutError) Temporary() bool

func (e *timeoutError) Is(err error) bool

var errTimeout error = &timeoutError{"net/http: timeout awaiting response headers"}

var errRequestCanceled = http2errRequestCanceled

var errRequestCanceledConn = errors.New("net/http: request canceled while waiting for connection")

var errRequestDone = errors.New("net/http: request completed")

func nop()

var (
	testHookEnterRoundTrip   = nop
	testHookWaitResLoop      = nop
	testHookRoundTripRetried = nop
	testHookPrePendingDial   = nop
	testHookPostPendingDial  = nop
	testHookMu                     sync.Locker = fakeLocker{} 
	testHookReadLoopBeforeNextRead             = nop
)

func (pc *persistConn) waitForAvailability(ctx context.Context) error

func (pc *persistConn) roundTrip(req *transportRequest) (resp *Response, err error)

type tLogKey struct{}

func (tr *transportRequest) logf(format string, args ...any)

func (pc *persistConn) markReused()

func (pc *persistConn) close(err error)

func (pc *persistConn) closeLocked(err error)

func schemePort(scheme string) string

func idnaASCIIFromURL(url *url.URL) string

func canonicalAddr(url *url.URL) string

type bodyEOFSignal struct {
	body         io.ReadCloser
	mu           sync.Mutex        
	closed       bool              
	rerr         error             
	fn           func(error) error 
	earlyCloseFn func() error      
}

var errReadOnClosedResBody = errors.New("http: read on closed response body")

var errConcurrentReadOnResBody = errors.New("http: concurrent read on response body")

func (es *bodyEOFSignal) Read(p []byte) (n int, err error)

func (es *bodyEOFSignal) Close() error

func (es *bodyEOFSignal) condfn(err error) error

type gzipReader struct {
	_    incomparable
	body *bodyEOFSignal 
	mu   sync.Mutex     
	zr   *gzip.Reader   
	zerr error          
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error)

func (eofReader) ReadByte() (byte, error)

var gzipPool = sync.Pool{New: func() any { return new(gzip.Reader) }}

func gzipPoolGet(r io.Reader) (*gzip.Reader, error)

func gzipPoolPut(zr *gzip.Reader)

func (gz *gzipReader) acquire() (*gzip.Reader, error)

func (gz *gzipReader) release(zr *gzip.Reader)

func (gz *gzipReader) close()

func (gz *gzipReader) Read(p []byte) (n int, err error)

func (gz *gzipReader) Close() error

type tlsHandshakeTimeoutError struct{}

func (tlsHandshakeTimeoutError) Timeout() bool

func (tlsHandshakeTimeoutError) Temporary() bool

func (tlsHandshakeTimeoutError) Error() string

type fakeLocker struct{}

func (fakeLocker) Lock()

func (fakeLocker) Unlock()

func cloneTLSConfig(cfg *tls.Config) *tls.Config

type connLRU struct {
	ll *list.List 
	m  map[*persistConn]*list.Element
}

func (cl *connLRU) add(pc *persistConn)

func (cl *connLRU) removeOldest() *persistConn

func (cl *connLRU) remove(pc *persistConn)

func (cl *connLRU) len() int
