package x509

import (
	"bytes"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"slices"
	"strings"
)

type nameConstraintsSet[T *net.IPNet | string, V net.IP | string] struct {
	set []T
}

func (nc *nameConstraintsSet[T, V]) sortAndPrune(cmp func(T, T) int, subset func(T, T) bool)

func (nc *nameConstraintsSet[T, V]) search(s V, cmp func(T, V) int, match func(T, V) bool) (lowerBound T, exactMatch bool)

func ipNetworkSubset(a, b *net.IPNet) bool

func ipNetworkCompare(a, b *net.IPNet) int

func ipBinarySearch(constraint *net.IPNet, target net.IP) int

func ipMatch(constraint *net.IPNet, target net.IP) bool

type ipConstraints struct {
	ipv4 *nameConstraintsSet[*net.IPNet, net.IP]
	ipv6 *nameConstraintsSet[*net.IPNet, net.IP]
}

func newIPNetConstraints(l []*net.IPNet) interface {
	query(net.IP) (*net.IPNet, bool)
}

func (ipc *ipConstraints) query(ip net.IP) (*net.IPNet, bool)

func dnsHasSuffix(a, b string) bool

var dnsCompareTable [256]byte

func init()

func dnsCompare(a, b string) int

type dnsConstraints struct {
	all bool
	permitted bool
	constraints *nameConstraintsSet[string, string]
	parentConstraints map[string]string
}

func newDNSConstraints(l []string, permitted bool) interface{ query(string) (string, bool) }

func (dnc *dnsConstraints) query(s string) (string, bool)

type emailConstraints struct {
	dnsConstraints interface{ query(string) (string, bool) }
	fullEmails map[rfc2821Mailbox]struct{}
}

func newEmailConstraints(l []string, permitted bool) interface {
	query(rfc2821Mailbox) (string, bool)
}

func (ec *emailConstraints) query(s rfc2821Mailbox) (string, bool)

type constraints[T any, V any] struct {
	constraintType string
	permitted      interface{ query(V) (T, bool) }
	excluded       interface{ query(V) (T, bool) }
}

func checkConstraints[T string | *net.IPNet, V any, P string | net.IP | parsedURI | rfc2821Mailbox](c constraints[T, V], s V, p P) error

type chainConstraints struct {
	ip    constraints[*net.IPNet, net.IP]
	dns   constraints[string, string]
	uri   constraints[string, string]
	email constraints[string, rfc2821Mailbox]
	index int
	next  *chainConstraints
}

func (cc *chainConstraints) check(dns []string, uris []parsedURI, emails []rfc2821Mailbox, ips []net.IP) error

func checkChainConstraints(chain []*Certificate) error

type parsedURI struct {
	uri    *url.URL
	domain string
}

func (u parsedURI) String() string

func parseURIs(uris []*url.URL) ([]parsedURI, error)

func parseMailboxes(emails []string) ([]rfc2821Mailbox, error)

func trimFirstLabel(dnsName string) string
