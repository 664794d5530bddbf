package multipart

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/textproto"
	"slices"
	"strings"
)

type Writer struct {
	w        io.Writer
	boundary string
	lastpart *part
}

func NewWriter(w io.Writer) *Writer

func (w *Writer) Boundary() string

func (w *Writer) SetBoundary(boundary string) error

func (w *Writer) FormDataContentType() string

func randomBoundary() string

func (w *Writer) CreatePart(header textproto.MIMEHeader) (io.Writer, error)

var quoteEscaper = strings.NewReplacer("\\", "\\\\", `"`, "\\\"", "\r", "%0D", "\n", "%0A")

func escapeQuotes(s string) string

func (w *Writer) CreateFormFile(fieldname, filename string) (io.Writer, error)

func (w *Writer) CreateFormField(fieldname string) (io.Writer, error)

func FileContentDisposition(fieldname, filename string) string

func (w *Writer) WriteField(fieldname, value string) error

func (w *Writer) Close() error

type part struct {
	mw     *Writer
	closed bool
	we     error 
}

func (p *part) close() error

func (p *part) Write(d []byte) (n int, err error)
