package net

import (
	"errors"
	"internal/strconv"
	"sync"
	"time"
	_ "unsafe"
)

var (
	errInvalidInterface         = errors.New("invalid network interface")
	errInvalidInterfaceIndex    = errors.New("invalid network interface index")
	errInvalidInterfaceName     = errors.New("invalid network interface name")
	errNoSuchInterface          = errors.New("no such network interface")
	errNoSuchMulticastInterface = errors.New("no such multicast network interface")
)

type Interface struct {
	Index        int          
	MTU          int          
	Name         string       
	HardwareAddr HardwareAddr 
	Flags        Flags        
}

type Flags uint

const (
	FlagUp           Flags = 1 << iota 
	FlagBroadcast                      
	FlagLoopback                       
	FlagPointToPoint                   
	FlagMulticast                      
	FlagRunning                        
)

var flagNames = []string{
	"up",
	"broadcast",
	"loopback",
	"pointtopoint",
	"multicast",
	"running",
}

func (f Flags) String() string

func (ifi *Interface) Addrs() ([]Addr, error)

func (ifi *Interface) MulticastAddrs() ([]Addr, error)

func Interfaces() ([]Interface, error)

func InterfaceAddrs() ([]Addr, error)

func InterfaceByIndex(index int) (*Interface, error)

func interfaceByIndex(ift []Interface, index int) (*Interface, error)

func InterfaceByName(name string) (*Interface, error)

type ipv6ZoneCache struct {
	sync.RWMutex                
	lastFetched  time.Time      
	toIndex      map[string]int 
	toName       map[int]string 
}

var zoneCache = ipv6ZoneCache{
	toIndex: make(map[string]int),
	toName:  make(map[int]string),
}

func (zc *ipv6ZoneCache) update(ift []Interface, force bool) (updated bool)

func (zc *ipv6ZoneCache) name(index int) string

func (zc *ipv6ZoneCache) index(name string) int
