package ast

import (
	"fmt"
	"iter"
)

type Visitor interface {
	Visit(node Node) (w Visitor)
}

func walkList[N Node](v Visitor, list []N)

func Walk(v Visitor, node Node)

type inspector func(Node) bool

func (f inspector) Visit(node Node) Visitor

func Inspect(node Node, f func(Node) bool)

func Preorder(root Node) iter.Seq[Node]

func PreorderStack(root Node, stack []Node, f func(n Node, stack []Node) bool)
