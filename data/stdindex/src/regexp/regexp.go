package regexp

import (
	"bytes"
	"io"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

type Regexp struct {
	expr           string       
	prog           *syntax.Prog 
	onepass        *onePassProg 
	numSubexp      int
	maxBitStateLen int
	subexpNames    []string
	prefix         string         
	prefixBytes    []byte         
	prefixRune     rune           
	prefixEnd      uint32         
	mpool          int            
	matchcap       int            
	prefixComplete bool           
	cond           syntax.EmptyOp 
	minInputLen    int            
	longest bool 
}

func (re *Regexp) String() string

func (re *Regexp) Copy() *Regexp

func Compile(expr string) (*Regexp, error)

func CompilePOSIX(expr string) (*Regexp, error)

func (re *Regexp) Longest()

func compile(expr string, mode syntax.Flags, longest bool) (*Regexp, error)

var (
	matchSize = [...]int{128, 512, 2048, 16384, 0}
	matchPool [len(matchSize)]sync.Pool
)

func (re *Regexp) get() *machine

func (re *Regexp) put(m *machine)

func minInputLen(re *syntax.Regexp) int

func MustCompile(str string) *Regexp

func MustCompilePOSIX(str string) *Regexp

func quote(s string) string

func (re *Regexp) NumSubexp() int

func (re *Regexp) SubexpNames() []string

func (re *Regexp) SubexpIndex(name string) int

const endOfText rune = -1

type input interface {
	step(pos int) (r rune, width int) 
	canCheckPrefix() bool             
	hasPrefix(re *Regexp) bool
	index(re *Regexp, pos int) int
	context(pos int) lazyFlag
}

type inputString struct {
	str string
}

func (i *inputString) step(pos int) (rune, int)

func (i *inputString) canCheckPrefix() bool

func (i *inputString) hasPrefix(re *Regexp) bool

func (i *inputString) index(re *Regexp, pos int) int

func (i *inputString) context(pos int) lazyFlag

type inputBytes struct {
	str []byte
}

func (i *inputBytes) step(pos int) (rune, int)

func (i *inputBytes) canCheckPrefix() bool

func (i *inputBytes) hasPrefix(re *Regexp) bool

func (i *inputBytes) index(re *Regexp, pos int) int

func (i *inputBytes) context(pos int) lazyFlag

type inputReader struct {
	r     io.RuneReader
	atEOT bool
	pos   int
}

func (i *inputReader) step(pos int) (rune, int)

func (i *inputReader) canCheckPrefix() bool

func (i *inputReader) hasPrefix(re *Regexp) bool

func (i *inputReader) index(re *Regexp, pos int) int

func (i *inputReader) context(pos int) lazyFlag

func (re *Regexp) LiteralPrefix() (prefix string, complete bool)

func (re *Regexp) MatchReader(r io.RuneReader) bool

func (re *Regexp) MatchString(s string) bool

func (re *Regexp) Match(b []byte) bool

func MatchReader(pattern string, r io.RuneReader) (matched bool, err error)

func MatchString(pattern string, s string) (matched bool, err error)

func Match(pattern string, b []byte) (matched bool, err error)

func (re *Regexp) ReplaceAllString(src, repl string) string

func (re *Regexp) ReplaceAllLiteralString(src, repl string) string

func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string

func (re *Regexp) replaceAll(bsrc []byte, src string, nmatch int, repl func(dst []byte, m []int) []byte) []byte

func (re *Regexp) ReplaceAll(src, repl []byte) []byte

func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte

func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte

var specialBytes [16]byte

func special(b byte) bool

func init()

func QuoteMeta(s string) string

func (re *Regexp) pad(a []int) []int

func (re *Regexp) allMatches(s string, b []byte, n int, deliver func([]int))

func (re *Regexp) Find(b []byte) []byte

func (re *Regexp) FindIndex(b []byte) (loc []int)

func (re *Regexp) FindString(s string) string

func (re *Regexp) FindStringIndex(s string) (loc []int)

func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int)

func (re *Regexp) FindSubmatch(b []byte) [][]byte

func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte

func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte

func (re *Regexp) expand(dst []byte, template string, bsrc []byte, src string, match []int) []byte

func extract(str string) (name string, num int, rest string, ok bool)

func (re *Regexp) FindSubmatchIndex(b []byte) []int

func (re *Regexp) FindStringSubmatch(s string) []string

func (re *Regexp) FindStringSubmatchIndex(s string) []int

func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int

const startSize = 10

func (re *Regexp) FindAll(b []byte, n int) [][]byte

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int

func (re *Regexp) FindAllString(s string, n int) []string

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int

func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int

func (re *Regexp) Split(s string, n int) []string

func (re *Regexp) AppendText(b []byte) ([]byte, error)

func (re *Regexp) MarshalText() ([]byte, error)

func (re *Regexp) UnmarshalText(text []byte) error
