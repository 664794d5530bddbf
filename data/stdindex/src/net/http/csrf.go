package http

import (
	"errors"
	"fmt"
	"net/url"
	"sync"
	"sync/atomic"
)

type CrossOriginProtection struct {
	bypass    atomic.Pointer[ServeMux]
	trustedMu sync.RWMutex
	trusted   map[string]bool
	deny      atomic.Pointer[Handler]
}

func NewCrossOriginProtection() *CrossOriginProtection

func (c *CrossOriginProtection) AddTrustedOrigin(origin string) error

type noopHandler struct{}

func (noopHandler) ServeHTTP(ResponseWriter, *Request)

var sentinelHandler Handler = &noopHandler{}

func (c *CrossOriginProtection) AddInsecureBypassPattern(pattern string)

func (c *CrossOriginProtection) SetDenyHandler(h Handler)

func (c *CrossOriginProtection) Check(req *Request) error

var (
	errCrossOriginRequest               = errors.New("cross-origin request detected from Sec-Fetch-Site header")
	errCrossOriginRequestFromOldBrowser = errors.New("cross-origin request detected, and/or browser is out of date: " +
		"Sec-Fetch-Site is missing, and Origin does not match Host")
)

func (c *CrossOriginProtection) isRequestExempt(req *Request) bool

func (c *CrossOriginProtection) Handler(h Handler) Handler
