package textproto

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	_ "unsafe" 
)

var errMessageTooLarge = errors.New("message too large")

type Reader struct {
	R   *bufio.Reader
	dot *dotReader
	buf []byte 
}

func NewReader(r *bufio.Reader) *Reader

func (r *Reader) ReadLine() (string, error)

func (r *Reader) ReadLineBytes() ([]byte, error)

func (r *Reader) readLineSlice(lim int64) ([]byte, error)

func (r *Reader) ReadContinuedLine() (string, error)

func trim(s []byte) []byte

func (r *Reader) ReadContinuedLineBytes() ([]byte, error)

func (r *Reader) readContinuedLineSlice(lim int64, validateFirstLine func([]byte) error) ([]byte, error)

func (r *Reader) skipSpace() int

func (r *Reader) readCodeLine(expectCode int) (code int, continued bool, message string, err error)

func parseCodeLine(line string, expectCode int) (code int, continued bool, message string, err error)

func (r *Reader) ReadCodeLine(expectCode int) (code int, message string, err error)

func (r *Reader) ReadResponse(expectCode int) (code int, message string, err error)

func (r *Reader) DotReader() io.Reader

type dotReader struct {
	r     *Reader
	state int
}

func (d *dotReader) Read(b []byte) (n int, err error)

func (r *Reader) closeDot()

func (r *Reader) ReadDotBytes() ([]byte, error)

func (r *Reader) ReadDotLines() ([]string, error)

var colon = []byte(":")

func (r *Reader) ReadMIMEHeader() (MIMEHeader, error)

func readMIMEHeader(r *Reader, maxMemory, maxHeaders int64) (MIMEHeader, error)

func noValidation(_ []byte) error

func mustHaveFieldNameColon(line []byte) error

var nl = []byte("\n")

func (r *Reader) upcomingHeaderKeys() (n int)

func CanonicalMIMEHeaderKey(s string) string

const toLower = 'a' - 'A'

func validHeaderFieldByte(c byte) bool

func validHeaderValueByte(c byte) bool

func canonicalMIMEHeaderKey(a []byte) (_ string, ok bool)

var commonHeader map[string]string

var commonHeaderOnce sync.Once

func initCommonHeader()
