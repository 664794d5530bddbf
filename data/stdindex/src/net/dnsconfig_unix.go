package net

import (
	"internal/bytealg"
	"internal/stringslite"
	"net/netip"
	"time"
)

func dnsReadConfig(filename string) *dnsConfig

func dnsDefaultSearch() []string

func ensureRooted(s string) string
