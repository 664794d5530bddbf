package types

import (
	"fmt"
	"go/ast"
	"go/token"
	. "internal/types/errors"
	"runtime"
	"strings"
)

func assert(p bool)

type errorDesc struct {
	posn positioner
	msg  string
}

type error_ struct {
	check *Checker
	desc  []errorDesc
	code  Code
	soft  bool 
}

func (check *Checker) newError(code Code) *error_

func (err *error_) addf(at positioner, format string, args ...any)

func (err *error_) addAltDecl(obj Object)

func (err *error_) empty() bool

func (err *error_) posn() positioner

func (err *error_) msg() string

func (err *error_) report()

func (check *Checker) handleError(index int, posn positioner, code Code, msg string, soft bool)

const (
	invalidArg = "invalid argument: "
	invalidOp  = "invalid operation: "
)

type positioner interface {
	Pos() token.Pos
}

func (check *Checker) error(at positioner, code Code, msg string)

func (check *Checker) errorf(at positioner, code Code, format string, args ...any)

func (check *Checker) softErrorf(at positioner, code Code, format string, args ...any)

func (check *Checker) versionErrorf(at positioner, v goVersion, format string, args ...any)

type atPos token.Pos

func (s atPos) Pos() token.Pos

type posSpan struct {
	start, pos, end token.Pos
}

func (e posSpan) Pos() token.Pos

func inNode(node ast.Node, pos token.Pos) posSpan

func spanOf(at positioner) posSpan
