package fs

import (
	"time"
)

func FormatFileInfo(info FileInfo) string

func FormatDirEntry(dir DirEntry) string
