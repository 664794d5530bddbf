package time

import (
	"internal/godebug"
	"unsafe"
)

func Sleep(d Duration)

var asynctimerchan = godebug.New("asynctimerchan")

func syncTimer(c chan Time) unsafe.Pointer

func when(d Duration) int64

func newTimer(when, period int64, f func(any, uintptr, int64), arg any, cp unsafe.Pointer) *Timer

func stopTimer(*Timer) bool

func resetTimer(t *Timer, when, period int64) bool

type Timer struct {
	C         <-chan Time
	initTimer bool
}

func (t *Timer) Stop() bool

func NewTimer(d Duration) *Timer

func (t *Timer) Reset(d Duration) bool

func sendTime(c any, seq uintptr, delta int64)

func After(d Duration) <-chan Time

func AfterFunc(d Duration, f func()) *Timer

func goFunc(arg any, seq uintptr, delta int64)
