package token

import (
	"fmt"
	"iter"
)

type tree struct {
	root *node
}

type node struct {
	parent  *node
	left    *node
	right   *node
	file    *File
	key     key   
	balance int32 
	height  int32
}

type key struct{ start, end int }

func (f *File) key() key

func compareKey(x, y key) int

func (n *node) check(parent *node)

func (n *node) checkBalance()

func (t *tree) locate(k key) (pos **node, parent *node)

func (t *tree) all() iter.Seq[*File]

func (t *tree) nextAfter(pos **node, parent *node) *node

func (x *node) next() *node

func (t *tree) setRoot(x *node)

func (x *node) setLeft(y *node)

func (x *node) setRight(y *node)

func (n *node) safeHeight() int32

func (n *node) update()

func (t *tree) replaceChild(parent, old, new *node)

func (t *tree) rebalanceUp(x *node)

func (t *tree) rotateRight(y *node) *node

func (t *tree) rotateLeft(x *node) *node

func (t *tree) add(file *File)

func (t *tree) set(file *File, pos **node, parent *node)

func (t *tree) delete(pos **node)

func (t *tree) deleteSwap(pos **node)

func (t *tree) deleteMin(zpos **node) (z *node)
