package net

import (
	"context"
	"errors"
	"internal/bytealg"
	"internal/godebug"
	"internal/strconv"
	"internal/stringslite"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"golang.org/x/net/dns/dnsmessage"
)

const (
	useTCPOnly  = true
	useUDPOrTCP = false
	maxDNSPacketSize = 1232
)

var (
	errLameReferral              = errors.New("lame referral")
	errCannotUnmarshalDNSMessage = errors.New("cannot unmarshal DNS message")
	errCannotMarshalDNSMessage   = errors.New("cannot marshal DNS message")
	errServerMisbehaving         = errors.New("server misbehaving")
	errInvalidDNSResponse        = errors.New("invalid DNS response")
	errNoAnswerFromDNSServer     = errors.New("no answer from DNS server")
	errServerTemporarilyMisbehaving = &temporaryError{"server misbehaving"}
)

var netedns0 = godebug.New("netedns0")

func newRequest(q dnsmessage.Question, ad bool) (id uint16, udpReq, tcpReq []byte, err error)

func checkResponse(reqID uint16, reqQues dnsmessage.Question, respHdr dnsmessage.Header, respQues dnsmessage.Question) bool

func dnsPacketRoundTrip(c Conn, id uint16, query dnsmessage.Question, b []byte) (dnsmessage.Parser, dnsmessage.Header, error)

func dnsStreamRoundTrip(c Conn, id uint16, query dnsmessage.Question, b []byte) (dnsmessage.Parser, dnsmessage.Header, error)

func (r *Resolver) exchange(ctx context.Context, server string, q dnsmessage.Question, timeout time.Duration, useTCP, ad bool) (dnsmessage.Parser, dnsmessage.Header, error)

func checkHeader(p *dnsmessage.Parser, h dnsmessage.Header) error

func skipToAnswer(p *dnsmessage.Parser, qtype dnsmessage.Type) error

func extractExtendedRCode(p dnsmessage.Parser, hdr dnsmessage.Header) (dnsmessage.RCode, bool)

func (r *Resolver) tryOneName(ctx context.Context, cfg *dnsConfig, name string, qtype dnsmessage.Type) (dnsmessage.Parser, string, error)

type resolverConfig struct {
	initOnce sync.Once 
	ch          chan struct{} 
	lastChecked time.Time     
	dnsConfig atomic.Pointer[dnsConfig] 
}

var resolvConf resolverConfig

func getSystemDNSConfig() *dnsConfig

func (conf *resolverConfig) init()

func (conf *resolverConfig) tryUpdate(name string)

func (conf *resolverConfig) tryAcquireSema() bool

func (conf *resolverConfig) releaseSema()

func (r *Resolver) lookup(ctx context.Context, name string, qtype dnsmessage.Type, conf *dnsConfig) (dnsmessage.Parser, string, error)

func avoidDNS(name string) bool

func (conf *dnsConfig) nameList(name string) []string

type hostLookupOrder int

const (
	hostLookupCgo      hostLookupOrder = iota
	hostLookupFilesDNS                 
	hostLookupDNSFiles                 
	hostLookupFiles                    
	hostLookupDNS                      
)

var lookupOrderName = map[hostLookupOrder]string{
	hostLookupCgo:      "cgo",
	hostLookupFilesDNS: "files,dns",
	hostLookupDNSFiles: "dns,files",
	hostLookupFiles:    "files",
	hostLookupDNS:      "dns",
}

func (o hostLookupOrder) String() string

func (r *Resolver) goLookupHostOrder(ctx context.Context, name string, order hostLookupOrder, conf *dnsConfig) (addrs []string, err error)

func goLookupIPFiles(name string) (addrs []IPAddr, canonical string)

func (r *Resolver) goLookupIP(ctx context.Context, network, host string, order hostLookupOrder, conf *dnsConfig) (addrs []IPAddr, err error)

func (r *Resolver) goLookupIPCNAMEOrder(ctx context.Context, network, name string, order hostLookupOrder, conf *dnsConfig) (addrs []IPAddr, cname dnsmessage.Name, err error)

func (r *Resolver) goLookupCNAME(ctx context.Context, host string, order hostLookupOrder, conf *dnsConfig) (string, error)

func (r *Resolver) goLookupPTR(ctx context.Context, addr string, order hostLookupOrder, conf *dnsConfig) ([]string, error)
