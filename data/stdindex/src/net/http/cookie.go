package http

import (
	"errors"
	"fmt"
	"internal/godebug"
	"log"
	"net"
	"net/http/internal/ascii"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

var httpcookiemaxnum = godebug.New("httpcookiemaxnum")

type Cookie struct {
	Name   string
	Value  string
	Quoted bool 
	Path       string    
	Domain     string    
	Expires    time.Time 
	RawExpires string    
	MaxAge      int
	Secure      bool
	HttpOnly    bool
	SameSite    SameSite
	Partitioned bool
	Raw         string
	Unparsed    []string 
}

type SameSite int

const (
	SameSiteDefaultMode SameSite = iota + 1
	SameSiteLaxMode
	SameSiteStrictMode
	SameSiteNoneMode
)

var (
	errBlankCookie            = errors.New("http: blank cookie")
	errEqualNotFoundInCookie  = errors.New("http: '=' not found in cookie")
	errInvalidCookieName      = errors.New("http: invalid cookie name")
	errInvalidCookieValue     = errors.New("http: invalid cookie value")
	errCookieNumLimitExceeded = errors.New("http: number of cookies exceeded limit")
)

const defaultCookieMaxNum = 3000

func cookieNumWithinMax(cookieNum int) bool

func ParseCookie(line string) ([]*Cookie, error)

func ParseSetCookie(line string) (*Cookie, error)

func readSetCookies(h Header) []*Cookie

func SetCookie(w ResponseWriter, cookie *Cookie)

func (c *Cookie) String() string

func (c *Cookie) Valid() error

func readCookies(h Header, filter string) []*Cookie

func validCookieDomain(v string) bool

func validCookieExpires(t time.Time) bool

func isCookieDomainName(s string) bool

var cookieNameSanitizer = strings.NewReplacer("\n", "-", "\r", "-")

func sanitizeCookieName(n string) string

func sanitizeCookieValue(v string, quoted bool) string

func validCookieValueByte(b byte) bool

func sanitizeCookiePath(v string) string

func validCookiePathByte(b byte) bool

func sanitizeOrWarn(fieldName string, valid func(byte) bool, v string) string

func parseCookieValue(raw string, allowDoubleQuote bool) (value string, quoted, ok bool)
