package net

import (
	"internal/poll"
	"io"
)

var pollSplice = poll.Splice

func spliceFrom(c *netFD, r io.Reader) (written int64, err error, handled bool)

func spliceTo(w io.Writer, c *netFD) (written int64, err error, handled bool)
