package time

import (
	"errors"
	"math/bits"
	_ "unsafe" 
)

type Time struct {
	wall uint64
	ext  int64
	loc *Location
}

const (
	hasMonotonic = 1 << 63
	maxWall      = wallToInternal + (1<<33 - 1) 
	minWall      = wallToInternal               
	nsecMask     = 1<<30 - 1
	nsecShift    = 30
)

func (t *Time) nsec() int32

func (t *Time) sec() int64

func (t *Time) unixSec() int64

func (t *Time) addSec(d int64)

func (t *Time) setLoc(loc *Location)

func (t *Time) stripMono()

func (t *Time) setMono(m int64)

func (t *Time) mono() int64

func (t Time) IsZero() bool

func (t Time) After(u Time) bool

func (t Time) Before(u Time) bool

func (t Time) Compare(u Time) int

func (t Time) Equal(u Time) bool

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay
	daysPer400Years  = 365*400 + 97
	marchThruDecember = 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31
	absoluteYears = 292277022400
	internalYear = 1
	absoluteToInternal int64 = -(absoluteYears*365.2425 + marchThruDecember) * secondsPerDay
	internalToAbsolute       = -absoluteToInternal
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
	absoluteToUnix = absoluteToInternal + internalToUnix
	unixToAbsolute = unixToInternal + internalToAbsolute
	wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
)

type absSeconds uint64

type absDays uint64

type absCentury uint64

type absCyear int

type absYday int

type absMonth int

type absLeap int

type absJanFeb int

func dateToAbsDays(year int64, month Month, day int) absDays

func (abs absSeconds) days() absDays

func (days absDays) split() (century absCentury, cyear absCyear, ayday absYday)

func (ayday absYday) split() (m absMonth, mday int)

func (ayday absYday) janFeb() absJanFeb

func (m absMonth) month(janFeb absJanFeb) Month

func (century absCentury) leap(cyear absCyear) absLeap

func (century absCentury) year(cyear absCyear, janFeb absJanFeb) int

func (ayday absYday) yday(janFeb absJanFeb, leap absLeap) int

func (days absDays) date() (year int, month Month, day int)

func (days absDays) yearYday() (year, yday int)

func (t Time) absSec() absSeconds

func (t Time) locabs() (name string, offset int, abs absSeconds)

func (t Time) Date() (year int, month Month, day int)

func (t Time) Year() int

func (t Time) Month() Month

func (t Time) Day() int

func (t Time) Weekday() Weekday

func (days absDays) weekday() Weekday

func (t Time) ISOWeek() (year, week int)

func (t Time) Clock() (hour, min, sec int)

func (abs absSeconds) clock() (hour, min, sec int)

func (t Time) Hour() int

func (t Time) Minute() int

func (t Time) Second() int

func (t Time) Nanosecond() int

func (t Time) YearDay() int

type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string

func (d Duration) format(buf *[32]byte) int

func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64)

func fmtInt(buf []byte, v uint64) int

func (d Duration) Nanoseconds() int64

func (d Duration) Microseconds() int64

func (d Duration) Milliseconds() int64

func (d Duration) Seconds() float64

func (d Duration) Minutes() float64

func (d Duration) Hours() float64

func (d Duration) Truncate(m Duration) Duration

func lessThanHalf(x, y Duration) bool

func (d Duration) Round(m Duration) Duration

func (d Duration) Abs() Duration

func (t Time) Add(d Duration) Time

func (t Time) Sub(u Time) Duration

func subMono(t, u int64) Duration

func Since(t Time) Duration

func Until(t Time) Duration

func (t Time) AddDate(years int, months int, days int) Time

func daysBefore(m Month) int

func daysIn(m Month, year int) int

func now() (sec int64, nsec int32, mono int64)

func runtimeNow() (sec int64, nsec int32, mono int64)

func runtimeNano() int64

func runtimeIsBubbled() bool

var startNano int64 = runtimeNano() - 1

func Now() Time

func unixTime(sec int64, nsec int32) Time

func (t Time) UTC() Time

func (t Time) Local() Time

func (t Time) In(loc *Location) Time

func (t Time) Location() *Location

func (t Time) Zone() (name string, offset int)

func (t Time) ZoneBounds() (start, end Time)

func (t Time) Unix() int64

func (t Time) UnixMilli() int64

func (t Time) UnixMicro() int64

func (t Time) UnixNano() int64

const (
	timeBinaryVersionV1 byte = iota + 1 
	timeBinaryVersionV2                 
)

func (t Time) AppendBinary(b []byte) ([]byte, error)

func (t Time) MarshalBinary() ([]byte, error)

func (t *Time) UnmarshalBinary(data []byte) error

func (t Time) GobEncode() ([]byte, error)

func (t *Time) GobDecode(data []byte) error

func (t Time) MarshalJSON() ([]byte, error)

func (t *Time) UnmarshalJSON(data []byte) error

func (t Time) appendTo(b []byte, errPrefix string) ([]byte, error)

func (t Time) AppendText(b []byte) ([]byte, error)

func (t Time) MarshalText() ([]byte, error)

func (t *Time) UnmarshalText(data []byte) error

func Unix(sec int64, nsec int64) Time

func UnixMilli(msec int64) Time

func UnixMicro(usec int64) Time

func (t Time) IsDST() bool

func isLeap(year int) bool

func norm(hi, lo, base int) (nhi, nlo int)

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time

func (t Time) Truncate(d Duration) Time

func (t Time) Round(d Duration) Time

func div(t Time, d Duration) (qmod2 int, r Duration)

func legacyTimeTimeAbs(t Time) uint64

func legacyAbsClock(abs uint64) (hour, min, sec int)

func legacyAbsDate(abs uint64, full bool) (year int, month Month, day int, yday int)
