package os

import (
	"errors"
	"internal/stringslite"
	"runtime"
)

func executable() (string, error)
