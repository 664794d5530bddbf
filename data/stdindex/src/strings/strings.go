package strings

import (
	"internal/bytealg"
	"internal/stringslite"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

const maxInt = int(^uint(0) >> 1)

func explode(s string, n int) []string

func Count(s, substr string) int

func Contains(s, substr string) bool

func ContainsAny(s, chars string) bool

func ContainsRune(s string, r rune) bool

func ContainsFunc(s string, f func(rune) bool) bool

func LastIndex(s, substr string) int

func IndexByte(s string, c byte) int

func IndexRune(s string, r rune) int

func IndexAny(s, chars string) int

func LastIndexAny(s, chars string) int

func LastIndexByte(s string, c byte) int

func genSplit(s, sep string, sepSave, n int) []string

func SplitN(s, sep string, n int) []string

func SplitAfterN(s, sep string, n int) []string

func Split(s, sep string) []string

func SplitAfter(s, sep string) []string

var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

func Fields(s string) []string

func FieldsFunc(s string, f func(rune) bool) []string

func Join(elems []string, sep string) string

func HasPrefix(s, prefix string) bool

func HasSuffix(s, suffix string) bool

func Map(mapping func(rune) rune, s string) string

const (
	repeatedSpaces = "" +
		"                                                                " +
		"                                                                "
	repeatedDashes = "" +
		"----------------------------------------------------------------" +
		"----------------------------------------------------------------"
	repeatedZeroes = "" +
		"0000000000000000000000000000000000000000000000000000000000000000"
	repeatedEquals = "" +
		"================================================================" +
		"================================================================"
	repeatedTabs = "" +
		"\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t" +
		"\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"
)

func Repeat(s string, count int) string

func ToUpper(s string) string

func ToLower(s string) string

func ToTitle(s string) string

func ToUpperSpecial(c unicode.SpecialCase, s string) string

func ToLowerSpecial(c unicode.SpecialCase, s string) string

func ToTitleSpecial(c unicode.SpecialCase, s string) string

func ToValidUTF8(s, replacement string) string

func isSeparator(r rune) bool

func Title(s string) string

func TrimLeftFunc(s string, f func(rune) bool) string

func TrimRightFunc(s string, f func(rune) bool) string

func TrimFunc(s string, f func(rune) bool) string

func IndexFunc(s string, f func(rune) bool) int

func LastIndexFunc(s string, f func(rune) bool) int

func indexFunc(s string, f func(rune) bool, truth bool) int

func lastIndexFunc(s string, f func(rune) bool, truth bool) int

type asciiSet [8]uint32

func makeASCIISet(chars string) (as asciiSet, ok bool)

func (as *asciiSet) contains(c byte) bool

func Trim(s, cutset string) string

func TrimLeft(s, cutset string) string

func trimLeftByte(s string, c byte) string

func trimLeftASCII(s string, as *asciiSet) string

func trimLeftUnicode(s, cutset string) string

func TrimRight(s, cutset string) string

func trimRightByte(s string, c byte) string

func trimRightASCII(s string, as *asciiSet) string

func trimRightUnicode(s, cutset string) string

func TrimSpace(s string) string

func TrimPrefix(s, prefix string) string

func TrimSuffix(s, suffix string) string

func Replace(s, old, new string, n int) string

func ReplaceAll(s, old, new string) string

func EqualFold(s, t string) bool

func Index(s, substr string) int

func Cut(s, sep string) (before, after string, found bool)

func CutPrefix(s, prefix string) (after string, found bool)

func CutSuffix(s, suffix string) (before string, found bool)
