package asn1

import (
	"reflect"
	"strconv"
	"strings"
)

const (
	TagBoolean         = 1
	TagInteger         = 2
	TagBitString       = 3
	TagOctetString     = 4
	TagNull            = 5
	TagOID             = 6
	TagEnum            = 10
	TagUTF8String      = 12
	TagSequence        = 16
	TagSet             = 17
	TagNumericString   = 18
	TagPrintableString = 19
	TagT61String       = 20
	TagIA5String       = 22
	TagUTCTime         = 23
	TagGeneralizedTime = 24
	TagGeneralString   = 27
	TagBMPString       = 30
)

const (
	ClassUniversal       = 0
	ClassApplication     = 1
	ClassContextSpecific = 2
	ClassPrivate         = 3
)

type tagAndLength struct {
	class, tag, length int
	isCompound         bool
}

type fieldParameters struct {
	optional     bool   
	explicit     bool   
	application  bool   
	private      bool   
	defaultValue *int64 
	tag          *int   
	stringType   int    
	timeType     int    
	set          bool   
	omitEmpty    bool   
}

func parseFieldParameters(str string) (ret fieldParameters)

func getUniversalType(t reflect.Type) (matchAny bool, tagNumber int, isCompound, ok bool)
