package os

import (
	"errors"
	"internal/bytealg"
	"internal/strconv"
	_ "unsafe" 
)

func runtime_rand() uint64

func nextRandom() string

func CreateTemp(dir, pattern string) (*File, error)

var errPatternHasSeparator = errors.New("pattern contains path separator")

func prefixAndSuffix(pattern string) (prefix, suffix string, err error)

func MkdirTemp(dir, pattern string) (string, error)

func joinPath(dir, name string) string
