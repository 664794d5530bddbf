package http

import (
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http/internal/ascii"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Client struct {
	Transport RoundTripper
	CheckRedirect func(req *Request, via []*Request) error
	Jar CookieJar
	Timeout time.Duration
}

var DefaultClient = &Client{}

type RoundTripper interface {
	RoundTrip(*Request) (*Response, error)
}

func refererForURL(lastReq, newReq *url.URL, explicitRef string) string

func (c *Client) send(req *Request, deadline time.Time) (resp *Response, didTimeout func() bool, err error)

func (c *Client) deadline() time.Time

func (c *Client) transport() RoundTripper

var ErrSchemeMismatch = errors.New("http: server gave HTTP response to HTTPS client")

func send(ireq *Request, rt RoundTripper, deadline time.Time) (resp *Response, didTimeout func() bool, err error)

func timeBeforeContextDeadline(t time.Time, ctx context.Context) bool

func knownRoundTripperImpl(rt RoundTripper, req *Request) bool

func setRequestCancel(req *Request, rt RoundTripper, deadline time.Time) (stopTimer func(), didTimeout func() bool)

func basicAuth(username, password string) string

func Get(url string) (resp *Response, err error)

func (c *Client) Get(url string) (resp *Response, err error)

func alwaysFalse() bool

var ErrUseLastResponse = errors.New("net/http: use last response")

func (c *Client) checkRedirect(req *Request, via []*Request) error

func redirectBehavior(reqMethod string, resp *Response, ireq *Request) (redirectMethod string, shouldRedirect, includeBody bool)

func urlErrorOp(method string) string

func (c *Client) Do(req *Request) (*Response, error)

var testHookClientDoResult func(retres *Response, reterr error)

func (c *Client) do(req *Request) (retres *Response, reterr error)

func (c *Client) makeHeadersCopier(ireq *Request) func(req *Request, stripSensitiveHeaders, stripBodyHeaders bool)

func defaultCheckRedirect(req *Request, via []*Request) error

func Post(url, contentType string, body io.Reader) (resp *Response, err error)

func (c *Client) Post(url, contentType string, body io.Reader) (resp *Response, err error)

func PostForm(url string, data url.Values) (resp *Response, err error)

func (c *Client) PostForm(url string, data url.Values) (resp *Response, err error)

func Head(url string) (resp *Response, err error)

func (c *Client) Head(url string) (resp *Response, err error)

func (c *Client) CloseIdleConnections()

type cancelTimerBody struct {
	stop          func() 
	rc            io.ReadCloser
	reqDidTimeout func() bool
}

func (b *cancelTimerBody) Read(p []byte) (n int, err error)

func (b *cancelTimerBody) Close() error

func shouldCopyHeaderOnRedirect(initial, dest *url.URL) bool

func isDomainOrSubdomain(sub, parent string) bool

func stripPassword(u *url.URL) string
