package textproto

import (
	"sync"
)

type Pipeline struct {
	mu       sync.Mutex
	id       uint
	request  sequencer
	response sequencer
}

func (p *Pipeline) Next() uint

func (p *Pipeline) StartRequest(id uint)

func (p *Pipeline) EndRequest(id uint)

func (p *Pipeline) StartResponse(id uint)

func (p *Pipeline) EndResponse(id uint)

type sequencer struct {
	mu   sync.Mutex
	id   uint
	wait map[uint]chan struct{}
}

func (s *sequencer) Start(id uint)

func (s *sequencer) End(id uint)
