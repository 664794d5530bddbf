package ast

import (
	"fmt"
	"go/token"
	"io"
	"os"
	"reflect"
)

type FieldFilter func(name string, value reflect.Value) bool

func NotNilFilter(_ string, v reflect.Value) bool

func Fprint(w io.Writer, fset *token.FileSet, x any, f FieldFilter) error

func fprint(w io.Writer, fset *token.FileSet, x any, f FieldFilter) (err error)

func Print(fset *token.FileSet, x any) error

type printer struct {
	output io.Writer
	fset   *token.FileSet
	filter FieldFilter
	ptrmap map[any]int 
	indent int         
	last   byte        
	line   int         
}

var indent = []byte(".  ")

func (p *printer) Write(data []byte) (n int, err error)

type localError struct {
	err error
}

func (p *printer) printf(format string, args ...any)

func (p *printer) print(x reflect.Value)
