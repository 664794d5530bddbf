package url

import (
	"bytes"
	"errors"
	"fmt"
	"internal/godebug"
	"net/netip"
	"path"
	"slices"
	"strconv"
	"strings"
	_ "unsafe" 
)

var urlstrictcolons = godebug.New("urlstrictcolons")

type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Unwrap() error

func (e *Error) Error() string

func (e *Error) Timeout() bool

func (e *Error) Temporary() bool

const upperhex = "0123456789ABCDEF"

func ishex(c byte) bool

func unhex(c byte) byte

type EscapeError string

func (e EscapeError) Error() string

type InvalidHostError string

func (e InvalidHostError) Error() string

func shouldEscape(c byte, mode encoding) bool

func QueryUnescape(s string) (string, error)

func PathUnescape(s string) (string, error)

func unescape(s string, mode encoding) (string, error)

func QueryEscape(s string) string

func PathEscape(s string) string

func escape(s string, mode encoding) string

type URL struct {
	Scheme   string
	Opaque   string    
	User     *Userinfo 
	Host     string    
	Path     string    
	Fragment string    
	RawQuery string
	RawPath string
	RawFragment string
	ForceQuery bool
	OmitHost bool
}

func User(username string) *Userinfo

func UserPassword(username, password string) *Userinfo

type Userinfo struct {
	username    string
	password    string
	passwordSet bool
}

func (u *Userinfo) Username() string

func (u *Userinfo) Password() (string, bool)

func (u *Userinfo) String() string

func getScheme(rawURL string) (scheme, path string, err error)

func Parse(rawURL string) (*URL, error)

func ParseRequestURI(rawURL string) (*URL, error)

func parse(rawURL string, viaRequest bool) (*URL, error)

func parseAuthority(scheme, authority string) (user *Userinfo, host string, err error)

func parseHost(scheme, host string) (string, error)

func (u *URL) setPath(p string) error

func badSetPath(*URL, string) error

func (u *URL) EscapedPath() string

func validEncoded(s string, mode encoding) bool

func (u *URL) setFragment(f string) error

func (u *URL) EscapedFragment() string

func validOptionalPort(port string) bool

func (u *URL) String() string

func (u *URL) Redacted() string

type Values map[string][]string

func (v Values) Get(key string) string

func (v Values) Set(key, value string)

func (v Values) Add(key, value string)

func (v Values) Del(key string)

func (v Values) Has(key string) bool

func ParseQuery(query string) (Values, error)

var urlmaxqueryparams = godebug.New("urlmaxqueryparams")

const defaultMaxParams = 10000

func urlParamsWithinMax(params int) bool

func parseQuery(m Values, query string) (err error)

func (v Values) Encode() string

func resolvePath(base, ref string) string

func (u *URL) IsAbs() bool

func (u *URL) Parse(ref string) (*URL, error)

func (u *URL) ResolveReference(ref *URL) *URL

func (u *URL) Query() Values

func (u *URL) RequestURI() string

func (u *URL) Hostname() string

func (u *URL) Port() string

func splitHostPort(hostPort string) (host, port string)

func (u *URL) MarshalBinary() (text []byte, err error)

func (u *URL) AppendBinary(b []byte) ([]byte, error)

func (u *URL) UnmarshalBinary(text []byte) error

func (u *URL) JoinPath(elem ...string) *URL

func (u *URL) joinPath(elem ...string) (*URL, error)

func validUserinfo(s string) bool

func stringContainsCTLByte(s string) bool

func JoinPath(base string, elem ...string) (result string, err error)
