package net

import (
	"internal/poll"
	"io"
	"syscall"
)

var testHookSupportsSendfile func() bool

func sendFile(c *netFD, r io.Reader) (written int64, err error, handled bool)
