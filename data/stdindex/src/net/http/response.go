package http

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
	"golang.org/x/net/http/httpguts"
)

var respExcludeHeader = map[string]bool{
	"Content-Length":    true,
	"Transfer-Encoding": true,
	"Trailer":           true,
}

type Response struct {
	Status     string 
	StatusCode int    
	Proto      string 
	ProtoMajor int    
	ProtoMinor int    
	Header Header
	Body io.ReadCloser
	ContentLength int64
	TransferEncoding []string
	Close bool
	Uncompressed bool
	Trailer Header
	Request *Request
	TLS *tls.ConnectionState
}

func (r *Response) Cookies() []*Cookie

var ErrNoLocation = errors.New("http: no Location header in response")

func (r *Response) Location() (*url.URL, error)

func ReadResponse(r *bufio.Reader, req *Request) (*Response, error)

func fixPragmaCacheControl(header Header)

func (r *Response) ProtoAtLeast(major, minor int) bool

func (r *Response) Write(w io.Writer) error

func (r *Response) closeBody()

func (r *Response) bodyIsWritable() bool

func (r *Response) isProtocolSwitch() bool

func isProtocolSwitchResponse(code int, h Header) bool

func isProtocolSwitchHeader(h Header) bool
