package x509

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

const (
	certFileEnv = "SSL_CERT_FILE"
	certDirEnv = "SSL_CERT_DIR"
)

func (c *Certificate) systemVerify(opts *VerifyOptions) (chains [][]*Certificate, err error)

func loadSystemRoots() (*CertPool, error)

func readUniqueDirectoryEntries(dir string) ([]fs.DirEntry, error)

func isSameDirSymlink(f fs.DirEntry, dir string) bool
