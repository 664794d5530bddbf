package types

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"
)

func sprintf(fset *token.FileSet, qf Qualifier, tpSubscripts bool, format string, args ...any) string

func (check *Checker) sprintf(format string, args ...any) string

func (check *Checker) trace(pos token.Pos, format string, args ...any)

func ndigits(x int) int

func (check *Checker) dump(format string, args ...any)

func (check *Checker) qualifier(pkg *Package) string

func (check *Checker) markImports(pkg *Package)

func stripAnnotations(s string) string
