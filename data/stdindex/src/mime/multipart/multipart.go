package multipart

import (
	"bufio"
	"bytes"
	"fmt"
	"internal/godebug"
	"io"
	"mime"
	"mime/quotedprintable"
	"net/textproto"
	"path/filepath"
	"strconv"
	"strings"
)

var emptyParams = make(map[string]string)

const peekBufferSize = 4096

type Part struct {
	Header textproto.MIMEHeader
	mr *Reader
	disposition       string
	dispositionParams map[string]string
	r io.Reader
	n       int   
	total   int64 
	err     error 
	readErr error 
}

func (p *Part) FormName() string

func (p *Part) FileName() string

func (p *Part) parseContentDisposition()

func NewReader(r io.Reader, boundary string) *Reader

type stickyErrorReader struct {
	r   io.Reader
	err error
}

func (r *stickyErrorReader) Read(p []byte) (n int, _ error)

func newPart(mr *Reader, rawPart bool, maxMIMEHeaderSize, maxMIMEHeaders int64) (*Part, error)

func (p *Part) populateHeaders(maxMIMEHeaderSize, maxMIMEHeaders int64) error

func (p *Part) Read(d []byte) (n int, err error)

type partReader struct {
	p *Part
}

func (pr partReader) Read(d []byte) (int, error)

func scanUntilBoundary(buf, dashBoundary, nlDashBoundary []byte, total int64, readErr error) (int, error)

func matchAfterPrefix(buf, prefix []byte, readErr error) int

func (p *Part) Close() error

type Reader struct {
	bufReader *bufio.Reader
	tempDir   string 
	currentPart *Part
	partsRead   int
	nl               []byte 
	nlDashBoundary   []byte 
	dashBoundaryDash []byte 
	dashBoundary     []byte 
}

const maxMIMEHeaderSize = 10 << 20

var multipartmaxheaders = godebug.New("multipartmaxheaders")

func maxMIMEHeaders() int64

func (r *Reader) NextPart() (*Part, error)

func (r *Reader) NextRawPart() (*Part, error)

func (r *Reader) nextPart(rawPart bool, maxMIMEHeaderSize, maxMIMEHeaders int64) (*Part, error)

func (r *Reader) isFinalBoundary(line []byte) bool

func (r *Reader) isBoundaryDelimiterLine(line []byte) (ret bool)

func skipLWSPChar(b []byte) []byte
