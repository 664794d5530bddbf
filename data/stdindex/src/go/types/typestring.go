package types

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Qualifier func(*Package) string

func RelativeTo(pkg *Package) Qualifier

func TypeString(typ Type, qf Qualifier) string

func WriteType(buf *bytes.Buffer, typ Type, qf Qualifier)

func WriteSignature(buf *bytes.Buffer, sig *Signature, qf Qualifier)

type typeWriter struct {
	buf          *bytes.Buffer
	seen         map[Type]bool
	qf           Qualifier
	ctxt         *Context       
	tparams      *TypeParamList 
	paramNames   bool           
	tpSubscripts bool           
	pkgInfo      bool           
}

func newTypeWriter(buf *bytes.Buffer, qf Qualifier) *typeWriter

func newTypeHasher(buf *bytes.Buffer, ctxt *Context) *typeWriter

func (w *typeWriter) byte(b byte)

func (w *typeWriter) string(s string)

func (w *typeWriter) error(msg string)

func (w *typeWriter) typ(typ Type)

func (w *typeWriter) typeSet(s *_TypeSet)

func (w *typeWriter) typeList(list []Type)

func (w *typeWriter) tParamList(list []*TypeParam)

func (w *typeWriter) typeName(obj *TypeName)

func (w *typeWriter) tuple(tup *Tuple, variadic bool)

func (w *typeWriter) signature(sig *Signature)

func subscript(x uint64) string
