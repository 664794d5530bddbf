package net

import "context"

const cgoAvailable = false

func cgoLookupHost(ctx context.Context, name string) (addrs []string, err error)

func cgoLookupPort(ctx context.Context, network, service string) (port int, err error)

func cgoLookupIP(ctx context.Context, network, name string) (addrs []IPAddr, err error)

func cgoLookupCNAME(ctx context.Context, name string) (cname string, err error)

func cgoLookupPTR(ctx context.Context, addr string) (ptrs []string, err error)
