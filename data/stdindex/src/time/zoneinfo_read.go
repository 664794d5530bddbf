package time

import (
	"errors"
	"internal/bytealg"
	"runtime"
	"syscall"
	_ "unsafe" 
)

func registerLoadFromEmbeddedTZData(f func(string) (string, error))

var loadFromEmbeddedTZData func(zipname string) (string, error)

const maxFileSize = 10 << 20

type fileSizeError string

func (f fileSizeError) Error() string

const (
	seekStart   = 0
	seekCurrent = 1
	seekEnd     = 2
)

type dataIO struct {
	p     []byte
	error bool
}

func (d *dataIO) read(n int) []byte

func (d *dataIO) big4() (n uint32, ok bool)

func (d *dataIO) big8() (n uint64, ok bool)

func (d *dataIO) byte() (n byte, ok bool)

func (d *dataIO) rest() []byte

func byteString(p []byte) string

var errBadData = errors.New("malformed time zone information")

func LoadLocationFromTZData(name string, data []byte) (*Location, error)

func findZone(zones []zone, name string, offset int, isDST bool) int

func loadTzinfoFromDirOrZip(dir, name string) ([]byte, error)

func get4(b []byte) int

func get2(b []byte) int

func loadTzinfoFromZip(zipfile, name string) ([]byte, error)

var loadTzinfoFromTzdata func(file, name string) ([]byte, error)

func loadTzinfo(name string, source string) ([]byte, error)

func loadLocation(name string, sources []string) (z *Location, firstErr error)

func readFile(name string) ([]byte, error)
