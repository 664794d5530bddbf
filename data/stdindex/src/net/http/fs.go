package http

import (
	"errors"
	"fmt"
	"internal/godebug"
	"io"
	"io/fs"
	"math"
	"mime"
	"mime/multipart"
	"net/textproto"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Dir string

func mapOpenError(originalErr error, name string, sep rune, stat func(string) (fs.FileInfo, error)) error

var errInvalidUnsafePath = errors.New("http: invalid or unsafe file path")

func (d Dir) Open(name string) (File, error)

type FileSystem interface {
	Open(name string) (File, error)
}

type File interface {
	io.Closer
	io.Reader
	io.Seeker
	Readdir(count int) ([]fs.FileInfo, error)
	Stat() (fs.FileInfo, error)
}

type anyDirs interface {
	len() int
	name(i int) string
	isDir(i int) bool
}

type fileInfoDirs []fs.FileInfo

func (d fileInfoDirs) len() int

func (d fileInfoDirs) isDir(i int) bool

func (d fileInfoDirs) name(i int) string

type dirEntryDirs []fs.DirEntry

func (d dirEntryDirs) len() int

func (d dirEntryDirs) isDir(i int) bool

func (d dirEntryDirs) name(i int) string

func dirList(w ResponseWriter, r *Request, f File)

var httpservecontentkeepheaders = godebug.New("httpservecontentkeepheaders")

func serveError(w ResponseWriter, text string, code int)

func ServeContent(w ResponseWriter, req *Request, name string, modtime time.Time, content io.ReadSeeker)

var errSeeker = errors.New("seeker can't seek")

var errNoOverlap = errors.New("invalid range: failed to overlap")

func serveContent(w ResponseWriter, r *Request, name string, modtime time.Time, sizeFunc func() (int64, error), content io.ReadSeeker)

func scanETag(s string) (etag string, remain string)

func etagStrongMatch(a, b string) bool

func etagWeakMatch(a, b string) bool

type condResult int

const (
	condNone condResult = iota
	condTrue
	condFalse
)

func checkIfMatch(w ResponseWriter, r *Request) condResult

func checkIfUnmodifiedSince(r *Request, modtime time.Time) condResult

func checkIfNoneMatch(w ResponseWriter, r *Request) condResult

func checkIfModifiedSince(r *Request, modtime time.Time) condResult

func checkIfRange(w ResponseWriter, r *Request, modtime time.Time) condResult

var unixEpochTime = time.Unix(0, 0)

func isZeroTime(t time.Time) bool

func setLastModified(w ResponseWriter, modtime time.Time)

func writeNotModified(w ResponseWriter)

func checkPreconditions(w ResponseWriter, r *Request, modtime time.Time) (done bool, rangeHeader string)

func serveFile(w ResponseWriter, r *Request, fs FileSystem, name string, redirect bool)

func toHTTPError(err error) (msg string, httpStatus int)

func localRedirect(w ResponseWriter, r *Request, newPath string)

func ServeFile(w ResponseWriter, r *Request, name string)

func ServeFileFS(w ResponseWriter, r *Request, fsys fs.FS, name string)

func containsDotDot(v string) bool

func isSlashRune(r rune) bool

type fileHandler struct {
	root FileSystem
}

type ioFS struct {
	fsys fs.FS
}

type ioFile struct {
	file fs.File
}

func (f ioFS) Open(name string) (File, error)

func (f ioFile) Close() error

func (f ioFile) Read(b []byte) (int, error)

func (f ioFile) Stat() (fs.FileInfo, error)

var errMissingSeek = errors.New("io.File missing Seek method")

var errMissingReadDir = errors.New("io.File directory missing ReadDir method")

func (f ioFile) Seek(offset int64, whence int) (int64, error)

func (f ioFile) ReadDir(count int) ([]fs.DirEntry, error)

func (f ioFile) Readdir(count int) ([]fs.FileInfo, error)

func FS(fsys fs.FS) FileSystem

func FileServer(root FileSystem) Handler

func FileServerFS(root fs.FS) Handler

func (f *fileHandler) ServeHTTP(w ResponseWriter, r *Request)

type httpRange struct {
	start, length int64
}

func (r httpRange) contentRange(size int64) string

func (r httpRange) mimeHeader(contentType string, size int64) textproto.MIMEHeader

var httpservecontentmaxranges = godebug.New("httpservecontentmaxranges")

const defaultMaxContentRanges = 200

func maxContentRanges() int

func parseRange(s string, size int64) ([]httpRange, error)

type countingWriter int64

func (w *countingWriter) Write(p []byte) (n int, err error)

func rangesMIMESize(ranges []httpRange, contentType string, contentSize int64) (encSize int64)

func sumRangesSize(ranges []httpRange) (size int64)
