package time

import (
	"errors"
	"sync"
	"syscall"
)

type Location struct {
	name string
	zone []zone
	tx   []zoneTrans
	extend string
	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

type zone struct {
	name   string 
	offset int    
	isDST  bool   
}

type zoneTrans struct {
	when         int64 
	index        uint8 
	isstd, isutc bool  
}

const (
	alpha = -1 << 63  
	omega = 1<<63 - 1 
)

var UTC *Location = &utcLoc

var utcLoc = Location{name: "UTC"}

var Local *Location = &localLoc

var localLoc Location

var localOnce sync.Once

func (l *Location) get() *Location

func (l *Location) String() string

var unnamedFixedZones []*Location

var unnamedFixedZonesOnce sync.Once

func FixedZone(name string, offset int) *Location

func fixedZone(name string, offset int) *Location

func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool)

func (l *Location) lookupFirstZone() int

func (l *Location) firstZoneUsed() bool

func tzset(s string, lastTxSec, sec int64) (name string, offset int, start, end int64, isDST, ok bool)

func tzsetName(s string) (string, string, bool)

func tzsetOffset(s string) (offset int, rest string, ok bool)

type ruleKind int

const (
	ruleJulian ruleKind = iota
	ruleDOY
	ruleMonthWeekDay
)

type rule struct {
	kind ruleKind
	day  int
	week int
	mon  int
	time int 
}

func tzsetRule(s string) (rule, string, bool)

func tzsetNum(s string, min, max int) (num int, rest string, ok bool)

func tzruleTime(year int, r rule, off int) int

func (l *Location) lookupName(name string, unix int64) (offset int, ok bool)

var errLocation = errors.New("time: invalid location name")

var zoneinfo *string

var zoneinfoOnce sync.Once

func LoadLocation(name string) (*Location, error)

func containsDotDot(s string) bool
