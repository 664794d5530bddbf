package net

import (
	"context"
	"errors"
	"internal/nettrace"
	"internal/singleflight"
	"internal/stringslite"
	"net/netip"
	"sync"
	"golang.org/x/net/dns/dnsmessage"
)

var protocols = map[string]int{
	"icmp":      1,
	"igmp":      2,
	"tcp":       6,
	"udp":       17,
	"ipv6-icmp": 58,
}

var services = map[string]map[string]int{
	"udp": {
		"domain": 53,
	},
	"tcp": {
		"ftp":         21,
		"ftps":        990,
		"gopher":      70, 
		"http":        80,
		"https":       443,
		"imap2":       143,
		"imap3":       220,
		"imaps":       993,
		"pop3":        110,
		"pop3s":       995,
		"smtp":        25,
		"submissions": 465,
		"ssh":         22,
		"telnet":      23,
	},
}

var dnsWaitGroup sync.WaitGroup

const maxProtoLength = len("RSVP-E2E-IGNORE") + 10

func lookupProtocolMap(name string) (int, error)

const maxPortBufSize = len("mobility-header") + 10

func lookupPortMap(network, service string) (port int, error error)

func lookupPortMapWithNetwork(network, errNetwork, service string) (port int, error error)

func ipVersion(network string) byte

var DefaultResolver = &Resolver{}

type Resolver struct {
	PreferGo bool
	StrictErrors bool
	Dial func(ctx context.Context, network, address string) (Conn, error)
	lookupGroup singleflight.Group
}

func (r *Resolver) preferGo() bool

func (r *Resolver) strictErrors() bool

func (r *Resolver) getLookupGroup() *singleflight.Group

func LookupHost(host string) (addrs []string, err error)

func (r *Resolver) LookupHost(ctx context.Context, host string) (addrs []string, err error)

func LookupIP(host string) ([]IP, error)

func (r *Resolver) LookupIPAddr(ctx context.Context, host string) ([]IPAddr, error)

func (r *Resolver) LookupIP(ctx context.Context, network, host string) ([]IP, error)

func (r *Resolver) LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)

type onlyValuesCtx struct {
	context.Context
	lookupValues context.Context
}

var _ context.Context = (*onlyValuesCtx)(nil)

func (ovc *onlyValuesCtx) Value(key any) any

func withUnexpiredValuesPreserved(lookupCtx context.Context) context.Context

func (r *Resolver) lookupIPAddr(ctx context.Context, network, host string) ([]IPAddr, error)

func lookupIPReturn(addrsi any, err error, shared bool) ([]IPAddr, error)

func ipAddrsEface(addrs []IPAddr) []any

func LookupPort(network, service string) (port int, err error)

func (r *Resolver) LookupPort(ctx context.Context, network, service string) (port int, err error)

func LookupCNAME(host string) (cname string, err error)

func (r *Resolver) LookupCNAME(ctx context.Context, host string) (string, error)

func LookupSRV(service, proto, name string) (cname string, addrs []*SRV, err error)

func (r *Resolver) LookupSRV(ctx context.Context, service, proto, name string) (string, []*SRV, error)

func LookupMX(name string) ([]*MX, error)

func (r *Resolver) LookupMX(ctx context.Context, name string) ([]*MX, error)

func LookupNS(name string) ([]*NS, error)

func (r *Resolver) LookupNS(ctx context.Context, name string) ([]*NS, error)

func LookupTXT(name string) ([]string, error)

func (r *Resolver) LookupTXT(ctx context.Context, name string) ([]string, error)

func LookupAddr(addr string) (names []string, err error)

func (r *Resolver) LookupAddr(ctx context.Context, addr string) ([]string, error)

var errMalformedDNSRecordsDetail = "DNS response contained records which contain invalid names"

func (r *Resolver) dial(ctx context.Context, network, server string) (Conn, error)

func (r *Resolver) goLookupSRV(ctx context.Context, service, proto, name string) (target string, srvs []*SRV, err error)

func (r *Resolver) goLookupMX(ctx context.Context, name string) ([]*MX, error)

func (r *Resolver) goLookupNS(ctx context.Context, name string) ([]*NS, error)

func (r *Resolver) goLookupTXT(ctx context.Context, name string) ([]string, error)

func parseCNAMEFromResources(resources []dnsmessage.Resource) (string, error)
