package context

import (
	"errors"
	"internal/reflectlite"
	"sync"
	"sync/atomic"
	"time"
)

type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

var Canceled = errors.New("context canceled")

var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string

func (deadlineExceededError) Timeout() bool

func (deadlineExceededError) Temporary() bool

type emptyCtx struct{}

func (emptyCtx) Deadline() (deadline time.Time, ok bool)

func (emptyCtx) Done() <-chan struct{}

func (emptyCtx) Err() error

func (emptyCtx) Value(key any) any

type backgroundCtx struct{ emptyCtx }

func (backgroundCtx) String() string

type todoCtx struct{ emptyCtx }

func (todoCtx) String() string

func Background() Context

func TODO() Context

type CancelFunc func()

func WithCancel(parent Context) (ctx Context, cancel CancelFunc)

type CancelCauseFunc func(cause error)

func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc)

func withCancel(parent Context) *cancelCtx

func Cause(c Context) error

func AfterFunc(ctx Context, f func()) (stop func() bool)

type afterFuncer interface {
	AfterFunc(func()) func() bool
}

type afterFuncCtx struct {
	cancelCtx
	once sync.Once 
	f    func()
}

func (a *afterFuncCtx) cancel(removeFromParent bool, err, cause error)

type stopCtx struct {
	Context
	stop func() bool
}

var goroutines atomic.Int32

var cancelCtxKey int

func parentCancelCtx(parent Context) (*cancelCtx, bool)

func removeChild(parent Context, child canceler)

type canceler interface {
	cancel(removeFromParent bool, err, cause error)
	Done() <-chan struct{}
}

var closedchan = make(chan struct{})

func init()

type cancelCtx struct {
	Context
	mu       sync.Mutex            
	done     atomic.Value          
	children map[canceler]struct{} 
	err      atomic.Value          
	cause    error                 
}

func (c *cancelCtx) Value(key any) any

func (c *cancelCtx) Done() <-chan struct{}

func (c *cancelCtx) Err() error

func (c *cancelCtx) propagateCancel(parent Context, child canceler)

type stringer interface {
	String() string
}

func contextName(c Context) string

func (c *cancelCtx) String() string

func (c *cancelCtx) cancel(removeFromParent bool, err, cause error)

func WithoutCancel(parent Context) Context

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool)

func (withoutCancelCtx) Done() <-chan struct{}

func (withoutCancelCtx) Err() error

func (c withoutCancelCtx) Value(key any) any

func (c withoutCancelCtx) String() string

func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)

func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc)

type timerCtx struct {
	cancelCtx
	timer *time.Timer 
	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool)

func (c *timerCtx) String() string

func (c *timerCtx) cancel(removeFromParent bool, err, cause error)

func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)

func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc)

func WithValue(parent Context, key, val any) Context

type valueCtx struct {
	Context
	key, val any
}

func stringify(v any) string

func (c *valueCtx) String() string

func (c *valueCtx) Value(key any) any

func value(c Context, key any) any
