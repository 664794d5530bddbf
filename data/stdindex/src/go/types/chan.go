package types

type Chan struct {
	dir  ChanDir
	elem Type
}

type ChanDir int

const (
	SendRecv ChanDir = iota
	SendOnly
	RecvOnly
)

func NewChan(dir ChanDir, elem Type) *Chan

func (c *Chan) Dir() ChanDir

func (c *Chan) Elem() Type

func (c *Chan) Underlying() Type

func (c *Chan) String() string
