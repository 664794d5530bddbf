package ast

import (
	"bytes"
	"cmp"
	"fmt"
	"go/token"
	"slices"
	"strings"
)

func sortComments(list []*CommentGroup)

type CommentMap map[Node][]*CommentGroup

func (cmap CommentMap) addComment(n Node, c *CommentGroup)

func nodeList(n Node) []Node

type commentListReader struct {
	fset     *token.FileSet
	list     []*CommentGroup
	index    int
	comment  *CommentGroup  
	pos, end token.Position 
}

func (r *commentListReader) eol() bool

func (r *commentListReader) next()

type nodeStack []Node

func (s *nodeStack) push(n Node)

func (s *nodeStack) pop(pos token.Pos) (top Node)

func NewCommentMap(fset *token.FileSet, node Node, comments []*CommentGroup) CommentMap

func (cmap CommentMap) Update(old, new Node) Node

func (cmap CommentMap) Filter(node Node) CommentMap

func (cmap CommentMap) Comments() []*CommentGroup

func summary(list []*CommentGroup) string

func (cmap CommentMap) String() string
