package net

import (
	"os"
	"syscall"
)

func setDefaultSockopts(s, family, sotype int, ipv6only bool) error

func setDefaultListenerSockopts(s int) error

func setDefaultMulticastSockopts(s int) error
