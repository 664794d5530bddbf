package time

import "unsafe"

type Ticker struct {
	C          <-chan Time 
	initTicker bool
}

func NewTicker(d Duration) *Ticker

func (t *Ticker) Stop()

func (t *Ticker) Reset(d Duration)

func Tick(d Duration) <-chan Time
