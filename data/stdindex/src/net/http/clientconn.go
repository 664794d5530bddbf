package http

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http/httptrace"
	"net/url"
	"sync"
)

type ClientConn struct {
	cc genericClientConn
	stateHookMu      sync.Mutex
	userStateHook    func(*ClientConn)
	stateHookRunning bool
	lastAvailable    int
	lastInFlight     int
	lastClosed       bool
}

type newClientConner interface {
	NewClientConn(nc net.Conn, internalStateHook func()) (RoundTripper, error)
}

type genericClientConn interface {
	Close() error
	Err() error
	RoundTrip(req *Request) (*Response, error)
	Reserve() error
	Release()
	Available() int
	InFlight() int
}

func (t *Transport) NewClientConn(ctx context.Context, scheme, address string) (*ClientConn, error)

func (cc *ClientConn) Close() error

func (cc *ClientConn) Err() error

func validateClientConnRequest(req *Request) error

func (cc *ClientConn) RoundTrip(req *Request) (*Response, error)

func (cc *ClientConn) Available() int

func (cc *ClientConn) InFlight() int

func (cc *ClientConn) Reserve() error

func (cc *ClientConn) Release()

func (cc *ClientConn) shouldRunStateHook(stopRunning bool) func(*ClientConn)

func (cc *ClientConn) maybeRunStateHook()

func (cc *ClientConn) SetStateHook(f func(*ClientConn))

type http1ClientConn struct {
	pconn *persistConn
}

func (cc http1ClientConn) RoundTrip(req *Request) (*Response, error)

func (cc http1ClientConn) Close() error

func (cc http1ClientConn) Err() error

func (cc http1ClientConn) Available() int

func (cc http1ClientConn) InFlight() int

func (cc http1ClientConn) Reserve() error

func (cc http1ClientConn) Release()
