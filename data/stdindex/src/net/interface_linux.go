package net

import (
	"os"
	"syscall"
	"unsafe"
)

func interfaceTable(ifindex int) ([]Interface, error)

const (
	sysARPHardwareIPv4IPv4 = 768 
	sysARPHardwareIPv6IPv6 = 769 
	sysARPHardwareIPv6IPv4 = 776 
	sysARPHardwareGREIPv4  = 778 
	sysARPHardwareGREIPv6  = 823 
)

func newLink(ifim *syscall.IfInfomsg, attrs []syscall.NetlinkRouteAttr) *Interface

func linkFlags(rawFlags uint32) Flags

func interfaceAddrTable(ifi *Interface) ([]Addr, error)

func addrTable(ifi *Interface, msgs []syscall.NetlinkMessage) ([]Addr, error)

func newAddr(ifam *syscall.IfAddrmsg, attrs []syscall.NetlinkRouteAttr) Addr

func interfaceMulticastAddrTable(ifi *Interface) ([]Addr, error)

func parseProcNetIGMP(path string, ifi *Interface) []Addr

func parseProcNetIGMP6(path string, ifi *Interface) []Addr
