package net

import (
	"os"
	"sync/atomic"
	"time"
	_ "unsafe"
)

var defaultNS = []string{"127.0.0.1:53", "[::1]:53"}

var getHostname = os.Hostname

type dnsConfig struct {
	servers       []string      
	search        []string      
	ndots         int           
	timeout       time.Duration 
	attempts      int           
	rotate        bool          
	unknownOpt    bool          
	lookup        []string      
	err           error         
	mtime         time.Time     
	soffset       uint32        
	singleRequest bool          
	useTCP        bool          
	trustAD       bool          
	noReload      bool          
}

func (c *dnsConfig) serverOffset() uint32
