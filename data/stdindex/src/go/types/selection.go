package types

import (
	"bytes"
	"fmt"
)

type SelectionKind int

const (
	FieldVal   SelectionKind = iota 
	MethodVal                       
	MethodExpr                      
)

type Selection struct {
	kind     SelectionKind
	recv     Type   
	obj      Object 
	index    []int  
	indirect bool   
}

func (s *Selection) Kind() SelectionKind

func (s *Selection) Recv() Type

func (s *Selection) Obj() Object

func (s *Selection) Type() Type

func (s *Selection) Index() []int

func (s *Selection) Indirect() bool

func (s *Selection) String() string

func SelectionString(s *Selection, qf Qualifier) string
