package expvar

import (
	"encoding/json"
	"internal/godebug"
	"log"
	"math"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

type Var interface {
	String() string
}

type jsonVar interface {
	appendJSON(b []byte) []byte
}

type Int struct {
	i atomic.Int64
}

func (v *Int) Value() int64

func (v *Int) String() string

func (v *Int) appendJSON(b []byte) []byte

func (v *Int) Add(delta int64)

func (v *Int) Set(value int64)

type Float struct {
	f atomic.Uint64
}

func (v *Float) Value() float64

func (v *Float) String() string

func (v *Float) appendJSON(b []byte) []byte

func (v *Float) Add(delta float64)

func (v *Float) Set(value float64)

type Map struct {
	m      sync.Map 
	keysMu sync.RWMutex
	keys   []string 
}

type KeyValue struct {
	Key   string
	Value Var
}

func (v *Map) String() string

func (v *Map) appendJSON(b []byte) []byte

func (v *Map) appendJSONMayExpand(b []byte, expand bool) []byte

func (v *Map) Init() *Map

func (v *Map) addKey(key string)

func (v *Map) Get(key string) Var

func (v *Map) Set(key string, av Var)

func (v *Map) Add(key string, delta int64)

func (v *Map) AddFloat(key string, delta float64)

func (v *Map) Delete(key string)

func (v *Map) Do(f func(KeyValue))

type String struct {
	s atomic.Value 
}

func (v *String) Value() string

func (v *String) String() string

func (v *String) appendJSON(b []byte) []byte

func (v *String) Set(value string)

type Func func() any

func (f Func) Value() any

func (f Func) String() string

var vars Map

func Publish(name string, v Var)

func Get(name string) Var

func NewInt(name string) *Int

func NewFloat(name string) *Float

func NewMap(name string) *Map

func NewString(name string) *String

func Do(f func(KeyValue))

func expvarHandler(w http.ResponseWriter, r *http.Request)

func Handler() http.Handler

func cmdline() any

func memstats() any

func init()

func appendJSONQuote(b []byte, s string) []byte
