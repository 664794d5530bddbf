package multipart

import (
	"bytes"
	"errors"
	"internal/godebug"
	"io"
	"math"
	"net/textproto"
	"os"
	"strconv"
)

var ErrMessageTooLarge = errors.New("multipart: message too large")

func (r *Reader) ReadForm(maxMemory int64) (*Form, error)

var (
	multipartfiles    = godebug.New("#multipartfiles") 
	multipartmaxparts = godebug.New("multipartmaxparts")
)

func (r *Reader) readForm(maxMemory int64) (_ *Form, err error)

func mimeHeaderSize(h textproto.MIMEHeader) (size int64)

type Form struct {
	Value map[string][]string
	File  map[string][]*FileHeader
}

func (f *Form) RemoveAll() error

type FileHeader struct {
	Filename string
	Header   textproto.MIMEHeader
	Size     int64
	content   []byte
	tmpfile   string
	tmpoff    int64
	tmpshared bool
}

func (fh *FileHeader) Open() (File, error)

type File interface {
	io.Reader
	io.ReaderAt
	io.Seeker
	io.Closer
}

type sectionReadCloser struct {
	*io.SectionReader
	io.Closer
}

func (rc sectionReadCloser) Close() error
