package os

import (
	"internal/poll"
	"io"
	"syscall"
)

var (
	pollCopyFileRange = poll.CopyFileRange
	pollSplice        = poll.Splice
)

func (f *File) writeTo(w io.Writer) (written int64, handled bool, err error)

func (f *File) readFrom(r io.Reader) (written int64, handled bool, err error)

func (f *File) spliceToFile(r io.Reader) (written int64, handled bool, err error)

func (f *File) copyFileRange(r io.Reader) (written int64, handled bool, err error)

func getPollFDAndNetwork(i any) (*poll.FD, poll.String)

func isUnixOrTCP(network string) bool
