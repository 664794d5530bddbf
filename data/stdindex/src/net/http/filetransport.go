package http

import (
	"fmt"
	"io"
	"io/fs"
)

type fileTransport struct {
	fh fileHandler
}

func NewFileTransport(fs FileSystem) RoundTripper

func NewFileTransportFS(fsys fs.FS) RoundTripper

func (t fileTransport) RoundTrip(req *Request) (resp *Response, err error)

func newPopulateResponseWriter(req *Request) (*populateResponse, <-chan *Response)

type populateResponse struct {
	res          *Response
	ch           chan *Response
	wroteHeader  bool
	hasContent   bool
	sentResponse bool
	pw           *io.PipeWriter
}

func (pr *populateResponse) finish()

func (pr *populateResponse) sendResponse()

func (pr *populateResponse) Header() Header

func (pr *populateResponse) WriteHeader(code int)

func (pr *populateResponse) Write(p []byte) (n int, err error)
