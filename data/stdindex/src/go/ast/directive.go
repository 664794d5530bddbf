package ast

import (
	"fmt"
	"go/token"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Directive struct {
	Tool string
	Name string
	Args string 
	Slash token.Pos
	ArgsPos token.Pos
}

func ParseDirective(pos token.Pos, c string) (Directive, bool)

func isalnum(b byte) bool

func (d *Directive) Pos() token.Pos

func (d *Directive) End() token.Pos

type DirectiveArg struct {
	Arg string
	Pos token.Pos
}

func (d *Directive) ParseArgs() ([]DirectiveArg, error)

type directiveScanner struct {
	str string
	pos token.Pos
}

func (s *directiveScanner) skip(n int)

func (s *directiveScanner) take(n int) string

func (s *directiveScanner) takeNonSpace() string

func (s *directiveScanner) skipSpace()
