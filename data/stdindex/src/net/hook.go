package net

import (
	"context"
)

var (
	testHookDialTCP func(ctx context.Context, net string, laddr, raddr *TCPAddr) (*TCPConn, error)
	testHookLookupIP = func(
		ctx context.Context,
		fn func(context.Context, string, string) ([]IPAddr, error),
		network string,
		host string,
	) ([]IPAddr, error) {
		return fn(ctx, network, host)
	}
	testPreHookSetKeepAlive = func(*netFD) {}
	testHookSetKeepAlive    = func(KeepAliveConfig) {}
	testHookStepTime = func() {}
)
