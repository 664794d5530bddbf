package http

import (
	"internal/godebug"
	"net/url"
	"sort"
	"strings"
	"sync"
)

var httpmuxgo121 = godebug.New("httpmuxgo121")

var use121 bool

func init()

type serveMux121 struct {
	mu    sync.RWMutex
	m     map[string]muxEntry
	es    []muxEntry 
	hosts bool       
}

type muxEntry struct {
	h       Handler
	pattern string
}

func (mux *serveMux121) handle(pattern string, handler Handler)

func appendSorted(es []muxEntry, e muxEntry) []muxEntry

func (mux *serveMux121) handleFunc(pattern string, handler func(ResponseWriter, *Request))

func (mux *serveMux121) findHandler(r *Request) (h Handler, pattern string)

func (mux *serveMux121) handler(host, path string) (h Handler, pattern string)

func (mux *serveMux121) match(path string) (h Handler, pattern string)

func (mux *serveMux121) redirectToPathSlash(host, path string, u *url.URL) (*url.URL, bool)

func (mux *serveMux121) shouldRedirectRLocked(host, path string) bool
