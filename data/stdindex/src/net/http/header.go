package http

import (
	"io"
	"net/http/httptrace"
	"net/http/internal/ascii"
	"net/textproto"
	"slices"
	"strings"
	"sync"
	"time"
	"golang.org/x/net/http/httpguts"
)

type Header map[string][]string

func (h Header) Add(key, value string)

func (h Header) Set(key, value string)

func (h Header) Get(key string) string

func (h Header) Values(key string) []string

func (h Header) get(key string) string

func (h Header) has(key string) bool

func (h Header) Del(key string)

func (h Header) Write(w io.Writer) error

func (h Header) write(w io.Writer, trace *httptrace.ClientTrace) error

func (h Header) Clone() Header

var timeFormats = []string{
	TimeFormat,
	time.RFC850,
	time.ANSIC,
}

func ParseTime(text string) (t time.Time, err error)

var headerNewlineToSpace = strings.NewReplacer("\n", " ", "\r", " ")

type stringWriter struct {
	w io.Writer
}

func (w stringWriter) WriteString(s string) (n int, err error)

type keyValues struct {
	key    string
	values []string
}

type headerSorter struct {
	kvs []keyValues
}

var headerSorterPool = sync.Pool{
	New: func() any { return new(headerSorter) },
}

func (h Header) sortedKeyValues(exclude map[string]bool) (kvs []keyValues, hs *headerSorter)

func (h Header) WriteSubset(w io.Writer, exclude map[string]bool) error

func (h Header) writeSubset(w io.Writer, exclude map[string]bool, trace *httptrace.ClientTrace) error

func CanonicalHeaderKey(s string) string

func hasToken(v, token string) bool

func isTokenBoundary(b byte) bool
