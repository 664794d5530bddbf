package flag

import (
	"encoding"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

var ErrHelp = errors.New("flag: help requested")

var errParse = errors.New("parse error")

var errRange = errors.New("value out of range")

func numError(err error) error

type boolValue bool

func newBoolValue(val bool, p *bool) *boolValue

func (b *boolValue) Set(s string) error

func (b *boolValue) Get() any

func (b *boolValue) String() string

func (b *boolValue) IsBoolFlag() bool

type boolFlag interface {
	Value
	IsBoolFlag() bool
}

type intValue int

func newIntValue(val int, p *int) *intValue

func (i *intValue) Set(s string) error

func (i *intValue) Get() any

func (i *intValue) String() string

type int64Value int64

func newInt64Value(val int64, p *int64) *int64Value

func (i *int64Value) Set(s string) error

func (i *int64Value) Get() any

func (i *int64Value) String() string

type uintValue uint

func newUintValue(val uint, p *uint) *uintValue

func (i *uintValue) Set(s string) error

func (i *uintValue) Get() any

func (i *uintValue) String() string

type uint64Value uint64

func newUint64Value(val uint64, p *uint64) *uint64Value

func (i *uint64Value) Set(s string) error

func (i *uint64Value) Get() any

func (i *uint64Value) String() string

type stringValue string

func newStringValue(val string, p *string) *stringValue

func (s *stringValue) Set(val string) error

func (s *stringValue) Get() any

func (s *stringValue) String() string

type float64Value float64

func newFloat64Value(val float64, p *float64) *float64Value

func (f *float64Value) Set(s string) error

func (f *float64Value) Get() any

func (f *float64Value) String() string

type durationValue time.Duration

func newDurationValue(val time.Duration, p *time.Duration) *durationValue

func (d *durationValue) Set(s string) error

func (d *durationValue) Get() any

func (d *durationValue) String() string

type textValue struct{ p encoding.TextUnmarshaler }

func newTextValue(val encoding.TextMarshaler, p encoding.TextUnmarshaler) textValue

func (v textValue) Set(s string) error

func (v textValue) Get() any

func (v textValue) String() string

type funcValue func(string) error

func (f funcValue) Set(s string) error

func (f funcValue) String() string

type boolFuncValue func(string) error

func (f boolFuncValue) Set(s string) error

func (f boolFuncValue) String() string

func (f boolFuncValue) IsBoolFlag() bool

type Value interface {
	String() string
	Set(string) error
}

type Getter interface {
	Value
	Get() any
}

type ErrorHandling int

const (
	ContinueOnError ErrorHandling = iota 
	ExitOnError                          
	PanicOnError                         
)

type FlagSet struct {
	Usage func()
	name          string
	parsed        bool
	actual        map[string]*Flag
	formal        map[string]*Flag
	args          []string 
	errorHandling ErrorHandling
	output        io.Writer         
	undef         map[string]string 
}

type Flag struct {
	Name     string 
	Usage    string 
	Value    Value  
	DefValue string 
}

func sortFlags(flags map[string]*Flag) []*Flag

func (f *FlagSet) Output() io.Writer

func (f *FlagSet) Name() string

func (f *FlagSet) ErrorHandling() ErrorHandling

func (f *FlagSet) SetOutput(output io.Writer)

func (f *FlagSet) VisitAll(fn func(*Flag))

func VisitAll(fn func(*Flag))

func (f *FlagSet) Visit(fn func(*Flag))

func Visit(fn func(*Flag))

func (f *FlagSet) Lookup(name string) *Flag

func Lookup(name string) *Flag

func (f *FlagSet) Set(name, value string) error

func (f *FlagSet) set(name, value string) error

func Set(name, value string) error

func isZeroValue(flag *Flag, value string) (ok bool, err error)

func UnquoteUsage(flag *Flag) (name string, usage string)

func (f *FlagSet) PrintDefaults()

func PrintDefaults()

func (f *FlagSet) defaultUsage()

var Usage = func() {
	fmt.Fprintf(CommandLine.Output(), "Usage of %s:\n", os.Args[0])
	PrintDefaults()
}

func (f *FlagSet) NFlag() int

func NFlag() int

func (f *FlagSet) Arg(i int) string

func Arg(i int) string

func (f *FlagSet) NArg() int

func NArg() int

func (f *FlagSet) Args() []string

func Args() []string

func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string)

func BoolVar(p *bool, name string, value bool, usage string)

func (f *FlagSet) Bool(name string, value bool, usage string) *bool

func Bool(name string, value bool, usage string) *bool

func (f *FlagSet) IntVar(p *int, name string, value int, usage string)

func IntVar(p *int, name string, value int, usage string)

func (f *FlagSet) Int(name string, value int, usage string) *int

func Int(name string, value int, usage string) *int

func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string)

func Int64Var(p *int64, name string, value int64, usage string)

func (f *FlagSet) Int64(name string, value int64, usage string) *int64

func Int64(name string, value int64, usage string) *int64

func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string)

func UintVar(p *uint, name string, value uint, usage string)

func (f *FlagSet) Uint(name string, value uint, usage string) *uint

func Uint(name string, value uint, usage string) *uint

func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string)

func Uint64Var(p *uint64, name string, value uint64, usage string)

func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64

func Uint64(name string, value uint64, usage string) *uint64

func (f *FlagSet) StringVar(p *string, name string, value string, usage string)

func StringVar(p *string, name string, value string, usage string)

func (f *FlagSet) String(name string, value string, usage string) *string

func String(name string, value string, usage string) *string

func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string)

func Float64Var(p *float64, name string, value float64, usage string)

func (f *FlagSet) Float64(name string, value float64, usage string) *float64

func Float64(name string, value float64, usage string) *float64

func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string)

func DurationVar(p *time.Duration, name string, value time.Duration, usage string)

func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration

func Duration(name string, value time.Duration, usage string) *time.Duration

func (f *FlagSet) TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string)

func TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string)

func (f *FlagSet) Func(name, usage string, fn func(string) error)

func Func(name, usage string, fn func(string) error)

func (f *FlagSet) BoolFunc(name, usage string, fn func(string) error)

func BoolFunc(name, usage string, fn func(string) error)

func (f *FlagSet) Var(value Value, name string, usage string)

func Var(value Value, name string, usage string)

func (f *FlagSet) sprintf(format string, a ...any) string

func (f *FlagSet) failf(format string, a ...any) error

func (f *FlagSet) usage()

func (f *FlagSet) parseOne() (bool, error)

func (f *FlagSet) Parse(arguments []string) error

func (f *FlagSet) Parsed() bool

func Parse()

func Parsed() bool

var CommandLine *FlagSet

func init()

func commandLineUsage()

func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet

func (f *FlagSet) Init(name string, errorHandling ErrorHandling)
