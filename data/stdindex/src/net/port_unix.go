package net

import (
	"internal/bytealg"
	"sync"
)

var onceReadServices sync.Once

func readServices()

func goLookupPort(network, service string) (port int, err error)
