package strings

import (
	"io"
	"sync"
)

type Replacer struct {
	once   sync.Once 
	r      replacer
	oldnew []string
}

type replacer interface {
	Replace(s string) string
	WriteString(w io.Writer, s string) (n int, err error)
}

func NewReplacer(oldnew ...string) *Replacer

func (r *Replacer) buildOnce()

func (b *Replacer) build() replacer

func (r *Replacer) Replace(s string) string

func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error)

type trieNode struct {
	value string
	priority int
	prefix string
	next   *trieNode
	table []*trieNode
}

func (t *trieNode) add(key, val string, priority int, r *genericReplacer)

func (r *genericReplacer) lookup(s string, ignoreRoot bool) (val string, keylen int, found bool)

type genericReplacer struct {
	root trieNode
	tableSize int
	mapping [256]byte
}

func makeGenericReplacer(oldnew []string) *genericReplacer

type appendSliceWriter []byte

func (w *appendSliceWriter) Write(p []byte) (int, error)

func (w *appendSliceWriter) WriteString(s string) (int, error)

type stringWriter struct {
	w io.Writer
}

func (w stringWriter) WriteString(s string) (int, error)

func getStringWriter(w io.Writer) io.StringWriter

func (r *genericReplacer) Replace(s string) string

func (r *genericReplacer) WriteString(w io.Writer, s string) (n int, err error)

type singleStringReplacer struct {
	finder *stringFinder
	value string
}

func makeSingleStringReplacer(pattern string, value string) *singleStringReplacer

func (r *singleStringReplacer) Replace(s string) string

func (r *singleStringReplacer) WriteString(w io.Writer, s string) (n int, err error)

type byteReplacer [256]byte

func (r *byteReplacer) Replace(s string) string

func (r *byteReplacer) WriteString(w io.Writer, s string) (n int, err error)

type byteStringReplacer struct {
	replacements [256][]byte
	toReplace []string
}

const countCutOff = 8

func (r *byteStringReplacer) Replace(s string) string

func (r *byteStringReplacer) WriteString(w io.Writer, s string) (n int, err error)
