package http

import (
	"context"
	"errors"
	"io"
	"net"
	"strconv"
	"time"
)

var (
	socksnoDeadline   = time.Time{}
	socksaLongTimeAgo = time.Unix(1, 0)
)

func (d *socksDialer) connect(ctx context.Context, c net.Conn, address string) (_ net.Addr, ctxErr error)

func sockssplitHostPort(address string) (string, int, error)

type socksCommand int

func (cmd socksCommand) String() string

type socksAuthMethod int

type socksReply int

func (code socksReply) String() string

const (
	socksVersion5 = 0x05
	socksAddrTypeIPv4 = 0x01
	socksAddrTypeFQDN = 0x03
	socksAddrTypeIPv6 = 0x04
	socksCmdConnect socksCommand = 0x01 
	sockscmdBind    socksCommand = 0x02 
	socksAuthMethodNotRequired         socksAuthMethod = 0x00 
	socksAuthMethodUsernamePassword    socksAuthMethod = 0x02 
	socksAuthMethodNoAcceptableMethods socksAuthMethod = 0xff 
	socksStatusSucceeded socksReply = 0x00
)

type socksAddr struct {
	Name string 
	IP   net.IP
	Port int
}

func (a *socksAddr) Network() string

func (a *socksAddr) String() string

type socksConn struct {
	net.Conn
	boundAddr net.Addr
}

func (c *socksConn) BoundAddr() net.Addr

type socksDialer struct {
	cmd          socksCommand 
	proxyNetwork string       
	proxyAddress string       
	ProxyDial func(context.Context, string, string) (net.Conn, error)
	AuthMethods []socksAuthMethod
	Authenticate func(context.Context, io.ReadWriter, socksAuthMethod) error
}

func (d *socksDialer) DialContext(ctx context.Context, network, address string) (net.Conn, error)

func (d *socksDialer) DialWithConn(ctx context.Context, c net.Conn, network, address string) (net.Addr, error)

func (d *socksDialer) Dial(network, address string) (net.Conn, error)

func (d *socksDialer) validateTarget(network, address string) error

func (d *socksDialer) pathAddrs(address string) (proxy, dst net.Addr, err error)

func socksNewDialer(network, address string) *socksDialer

const (
	socksauthUsernamePasswordVersion = 0x01
	socksauthStatusSucceeded         = 0x00
)

type socksUsernamePassword struct {
	Username string
	Password string
}

func (up *socksUsernamePassword) Authenticate(ctx context.Context, rw io.ReadWriter, auth socksAuthMethod) error
