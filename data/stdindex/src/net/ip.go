package net

import (
	"internal/bytealg"
	"internal/strconv"
	"internal/stringslite"
	"net/netip"
)

const (
	IPv4len = 4
	IPv6len = 16
)

type IP []byte

type IPMask []byte

type IPNet struct {
	IP   IP     
	Mask IPMask 
}

func IPv4(a, b, c, d byte) IP

var v4InV6Prefix = []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}

func IPv4Mask(a, b, c, d byte) IPMask

func CIDRMask(ones, bits int) IPMask

var (
	IPv4bcast     = IPv4(255, 255, 255, 255) 
	IPv4allsys    = IPv4(224, 0, 0, 1)       
	IPv4allrouter = IPv4(224, 0, 0, 2)       
	IPv4zero      = IPv4(0, 0, 0, 0)         
)

var (
	IPv6zero                   = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6unspecified            = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6loopback               = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
	IPv6interfacelocalallnodes = IP{0xff, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}
	IPv6linklocalallnodes      = IP{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}
	IPv6linklocalallrouters    = IP{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02}
)

func (ip IP) IsUnspecified() bool

func (ip IP) IsLoopback() bool

func (ip IP) IsPrivate() bool

func (ip IP) IsMulticast() bool

func (ip IP) IsInterfaceLocalMulticast() bool

func (ip IP) IsLinkLocalMulticast() bool

func (ip IP) IsLinkLocalUnicast() bool

func (ip IP) IsGlobalUnicast() bool

func isZeros(p IP) bool

func (ip IP) To4() IP

func (ip IP) To16() IP

var (
	classAMask = IPv4Mask(0xff, 0, 0, 0)
	classBMask = IPv4Mask(0xff, 0xff, 0, 0)
	classCMask = IPv4Mask(0xff, 0xff, 0xff, 0)
)

func (ip IP) DefaultMask() IPMask

func allFF(b []byte) bool

func (ip IP) Mask(mask IPMask) IP

func (ip IP) String() string

func hexString(b []byte) string

func ipEmptyString(ip IP) string

func (ip IP) appendTo(b []byte) []byte

func (ip IP) AppendText(b []byte) ([]byte, error)

func (ip IP) MarshalText() ([]byte, error)

func (ip *IP) UnmarshalText(text []byte) error

func (ip IP) Equal(x IP) bool

func (ip IP) matchAddrFamily(x IP) bool

func simpleMaskLength(mask IPMask) int

func (m IPMask) Size() (ones, bits int)

func (m IPMask) String() string

func networkNumberAndMask(n *IPNet) (ip IP, m IPMask)

func (n *IPNet) Contains(ip IP) bool

func (n *IPNet) Network() string

func (n *IPNet) String() string

func ParseIP(s string) IP

func parseIP(s string) ([16]byte, bool)

func ParseCIDR(s string) (IP, *IPNet, error)

func copyIP(x IP) IP
