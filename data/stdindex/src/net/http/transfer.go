package http

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"internal/godebug"
	"io"
	"maps"
	"net/http/httptrace"
	"net/http/internal"
	"net/http/internal/ascii"
	"net/textproto"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"golang.org/x/net/http/httpguts"
)

var ErrLineTooLong = internal.ErrLineTooLong

type errorReader struct {
	err error
}

func (r errorReader) Read(p []byte) (n int, err error)

type byteReader struct {
	b    byte
	done bool
}

func (br *byteReader) Read(p []byte) (n int, err error)

type transferWriter struct {
	Method           string
	Body             io.Reader
	BodyCloser       io.Closer
	ResponseToHEAD   bool
	ContentLength    int64 
	Close            bool
	TransferEncoding []string
	Header           Header
	Trailer          Header
	IsResponse       bool
	bodyReadError    error 
	FlushHeaders bool            
	ByteReadCh   chan readResult 
}

func newTransferWriter(r any) (t *transferWriter, err error)

func (t *transferWriter) shouldSendChunkedRequestBody() bool

func (t *transferWriter) probeRequestBody()

func noResponseBodyExpected(requestMethod string) bool

func (t *transferWriter) shouldSendContentLength() bool

func (t *transferWriter) writeHeader(w io.Writer, trace *httptrace.ClientTrace) error

func (t *transferWriter) writeBody(w io.Writer) (err error)

func (t *transferWriter) doBodyCopy(dst io.Writer, src io.Reader) (n int64, err error)

func (t *transferWriter) unwrapBody() io.Reader

type transferReader struct {
	Header        Header
	StatusCode    int
	RequestMethod string
	ProtoMajor    int
	ProtoMinor    int
	Body          io.ReadCloser
	ContentLength int64
	Chunked       bool
	Close         bool
	Trailer       Header
}

func (t *transferReader) protoAtLeast(m, n int) bool

func bodyAllowedForStatus(status int) bool

var (
	suppressedHeaders304    = []string{"Content-Type", "Content-Length", "Transfer-Encoding"}
	suppressedHeadersNoBody = []string{"Content-Length", "Transfer-Encoding"}
	excludedHeadersNoBody   = map[string]bool{"Content-Length": true, "Transfer-Encoding": true}
)

func suppressedHeaders(status int) []string

func readTransfer(msg any, r *bufio.Reader) (err error)

func chunked(te []string) bool

func isIdentity(te []string) bool

type unsupportedTEError struct {
	err string
}

func (uste *unsupportedTEError) Error() string

func isUnsupportedTEError(err error) bool

func (t *transferReader) parseTransferEncoding() error

func fixLength(isResponse bool, status int, requestMethod string, header Header, chunked bool) (n int64, err error)

func shouldClose(major, minor int, header Header, removeCloseHeader bool) bool

func fixTrailer(header Header, chunked bool) (Header, error)

type body struct {
	src          io.Reader
	hdr          any           
	r            *bufio.Reader 
	closing      bool          
	doEarlyClose bool          
	mu         sync.Mutex 
	sawEOF     bool
	closed     bool
	earlyClose bool   
	onHitEOF   func() 
}

var ErrBodyReadAfterClose = errors.New("http: invalid Read on closed Body")

func (b *body) Read(p []byte) (n int, err error)

func (b *body) readLocked(p []byte) (n int, err error)

var (
	singleCRLF = []byte("\r\n")
	doubleCRLF = []byte("\r\n\r\n")
)

func seeUpcomingDoubleCRLF(r *bufio.Reader) bool

var errTrailerEOF = errors.New("http: unexpected EOF reading trailer")

func (b *body) readTrailer() error

func mergeSetHeader(dst *Header, src Header)

func (b *body) unreadDataSizeLocked() int64

func (b *body) Close() error

func (b *body) didEarlyClose() bool

func (b *body) bodyRemains() bool

func (b *body) registerOnHitEOF(fn func())

type bodyLocked struct {
	b *body
}

func (bl bodyLocked) Read(p []byte) (n int, err error)

var httplaxcontentlength = godebug.New("httplaxcontentlength")

func parseContentLength(clHeaders []string) (int64, error)

type finishAsyncByteRead struct {
	tw *transferWriter
}

func (fr finishAsyncByteRead) Read(p []byte) (n int, err error)

var nopCloserType = reflect.TypeOf(io.NopCloser(nil))

var nopCloserWriterToType = reflect.TypeOf(io.NopCloser(struct {
	io.Reader
	io.WriterTo
}{}))

func unwrapNopCloser(r io.Reader) (underlyingReader io.Reader, isNopCloser bool)

func isKnownInMemoryReader(r io.Reader) bool

type bufioFlushWriter struct{ w io.Writer }

func (fw bufioFlushWriter) Write(p []byte) (n int, err error)
