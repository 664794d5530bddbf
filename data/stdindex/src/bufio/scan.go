package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

type Scanner struct {
	r            io.Reader 
	split        SplitFunc 
	maxTokenSize int       
	token        []byte    
	buf          []byte    
	start        int       
	end          int       
	err          error     
	empties      int       
	scanCalled   bool      
	done         bool      
}

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

const (
	MaxScanTokenSize = 64 * 1024
	startBufSize = 4096 
)

func NewScanner(r io.Reader) *Scanner

func (s *Scanner) Err() error

func (s *Scanner) Bytes() []byte

func (s *Scanner) Text() string

var ErrFinalToken = errors.New("final token")

func (s *Scanner) Scan() bool

func (s *Scanner) advance(n int) bool

func (s *Scanner) setErr(err error)

func (s *Scanner) Buffer(buf []byte, max int)

func (s *Scanner) Split(split SplitFunc)

func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)

var errorRune = []byte(string(utf8.RuneError))

func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)

func dropCR(data []byte) []byte

func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)

func isSpace(r rune) bool

func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)
