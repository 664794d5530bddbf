package os

const (
	PathSeparator     = '/' 
	PathListSeparator = ':' 
)

func IsPathSeparator(c uint8) bool

func splitPath(path string) (string, string)
