package net

import (
	"context"
	"internal/bytealg"
	"sync"
)

var readProtocolsOnce = sync.OnceFunc(func() {
	file, err := open("/etc/protocols")
	if err != nil {
		return
	}
	defer file.close()
	for line, ok := file.readLine(); ok; line, ok = file.readLine() {
		if i := bytealg.IndexByteString(line, '#'); i >= 0 {
			line = line[0:i]
		}
		f := getFields(line)
		if len(f) < 2 {
			continue
		}
		if proto, _, ok := dtoi(f[1]); ok {
			if _, ok := protocols[f[0]]; !ok {
				protocols[f[0]] = proto
			}
			for _, alias := range f[2:] {
				if _, ok := protocols[alias]; !ok {
					protocols[alias] = proto
				}
			}
		}
	}
})

func lookupProtocol(_ context.Context, name string) (int, error)

func (r *Resolver) lookupHost(ctx context.Context, host string) (addrs []string, err error)

func (r *Resolver) lookupIP(ctx context.Context, network, host string) (addrs []IPAddr, err error)

func (r *Resolver) lookupPort(ctx context.Context, network, service string) (int, error)

func (r *Resolver) lookupCNAME(ctx context.Context, name string) (string, error)

func (r *Resolver) lookupSRV(ctx context.Context, service, proto, name string) (string, []*SRV, error)

func (r *Resolver) lookupMX(ctx context.Context, name string) ([]*MX, error)

func (r *Resolver) lookupNS(ctx context.Context, name string) ([]*NS, error)

func (r *Resolver) lookupTXT(ctx context.Context, name string) ([]string, error)

func (r *Resolver) lookupAddr(ctx context.Context, addr string) ([]string, error)
