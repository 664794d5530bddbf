package types

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Context struct {
	mu        sync.Mutex
	typeMap   map[string][]ctxtEntry 
	nextID    int                    
	originIDs map[Type]int           
}

type ctxtEntry struct {
	orig     Type
	targs    []Type
	instance Type 
}

func NewContext() *Context

func (ctxt *Context) instanceHash(orig Type, targs []Type) string

func (ctxt *Context) lookup(h string, orig Type, targs []Type) Type

func (ctxt *Context) update(h string, orig Type, targs []Type, inst Type) Type

func (ctxt *Context) getID(t Type) int
