package time

import (
	"errors"
	"internal/stringslite"
	_ "unsafe" 
)

const (
	Layout      = "01/02 03:04:05PM '06 -0700" 
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" 
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" 
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

const (
	_                        = iota
	stdLongMonth             = iota + stdNeedDate  
	stdMonth                                       
	stdNumMonth                                    
	stdZeroMonth                                   
	stdLongWeekDay                                 
	stdWeekDay                                     
	stdDay                                         
	stdUnderDay                                    
	stdZeroDay                                     
	stdUnderYearDay          = iota + stdNeedYday  
	stdZeroYearDay                                 
	stdHour                  = iota + stdNeedClock 
	stdHour12                                      
	stdZeroHour12                                  
	stdMinute                                      
	stdZeroMinute                                  
	stdSecond                                      
	stdZeroSecond                                  
	stdLongYear              = iota + stdNeedDate  
	stdYear                                        
	stdPM                    = iota + stdNeedClock 
	stdpm                                          
	stdTZ                    = iota                
	stdISO8601TZ                                   
	stdISO8601SecondsTZ                            
	stdISO8601ShortTZ                              
	stdISO8601ColonTZ                              
	stdISO8601ColonSecondsTZ                       
	stdNumTZ                                       
	stdNumSecondsTz                                
	stdNumShortTZ                                  
	stdNumColonTZ                                  
	stdNumColonSecondsTZ                           
	stdFracSecond0                                 
	stdFracSecond9                                 
	stdNeedDate       = 1 << 8             
	stdNeedYday       = 1 << 9             
	stdNeedClock      = 1 << 10            
	stdArgShift       = 16                 
	stdSeparatorShift = 28                 
	stdMask           = 1<<stdArgShift - 1 
)

var std0x = [...]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}

func startsWithLowerCase(str string) bool

func nextStdChunk(layout string) (prefix string, std int, suffix string)

var longDayNames = []string{
	"Sunday",
	"Monday",
	"Tuesday",
	"Wednesday",
	"Thursday",
	"Friday",
	"Saturday",
}

var shortDayNames = []string{
	"Sun",
	"Mon",
	"Tue",
	"Wed",
	"Thu",
	"Fri",
	"Sat",
}

var shortMonthNames = []string{
	"Jan",
	"Feb",
	"Mar",
	"Apr",
	"May",
	"Jun",
	"Jul",
	"Aug",
	"Sep",
	"Oct",
	"Nov",
	"Dec",
}

var longMonthNames = []string{
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December",
}

func match(s1, s2 string) bool

func lookup(tab []string, val string) (int, string, error)

func appendInt(b []byte, x int, width int) []byte

var errAtoi = errors.New("time: invalid number")

func atoi[bytes []byte | string](s bytes) (x int, err error)

func stdFracSecond(code, n, c int) int

func digitsLen(std int) int

func separator(std int) byte

func appendNano(b []byte, nanosec int, std int) []byte

func (t Time) String() string

func (t Time) GoString() string

func (t Time) Format(layout string) string

func (t Time) AppendFormat(b []byte, layout string) []byte

func (t Time) appendFormat(b []byte, layout string) []byte

var errBad = errors.New("bad value for field")

type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func newParseError(layout, value, layoutElem, valueElem, message string) *ParseError

const (
	lowerhex  = "0123456789abcdef"
	runeSelf  = 0x80
	runeError = '\uFFFD'
)

func quote(s string) string

func (e *ParseError) Error() string

func isDigit[bytes []byte | string](s bytes, i int) bool

func getnum(s string, fixed bool) (int, string, error)

func getnum3(s string, fixed bool) (int, string, error)

func cutspace(s string) string

func skip(value, prefix string) (string, error)

func Parse(layout, value string) (Time, error)

func ParseInLocation(layout, value string, loc *Location) (Time, error)

func parse(layout, value string, defaultLocation, local *Location) (Time, error)

func parseTimeZone(value string) (length int, ok bool)

func parseGMT(value string) int

func parseSignedOffset(value string) int

func commaOrPeriod(b byte) bool

func parseNanoseconds[bytes []byte | string](value bytes, nbytes int) (ns int, rangeErrString string, err error)

var errLeadingInt = errors.New("time: bad [0-9]*")

func leadingInt[bytes []byte | string](s bytes) (x uint64, rem bytes, err error)

func leadingFraction(s string) (x uint64, scale float64, rem string)

type parseDurationError struct {
	message string
	value   string
}

func (e *parseDurationError) Error() string

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), 
	"μs": uint64(Microsecond), 
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

func ParseDuration(s string) (Duration, error)
