package bytes

import (
	"internal/bytealg"
	"math/bits"
	"unicode"
	"unicode/utf8"
	_ "unsafe" 
)

func Equal(a, b []byte) bool

func Compare(a, b []byte) int

func explode(s []byte, n int) [][]byte

func Count(s, sep []byte) int

func Contains(b, subslice []byte) bool

func ContainsAny(b []byte, chars string) bool

func ContainsRune(b []byte, r rune) bool

func ContainsFunc(b []byte, f func(rune) bool) bool

func IndexByte(b []byte, c byte) int

func indexBytePortable(s []byte, c byte) int

func LastIndex(s, sep []byte) int

func LastIndexByte(s []byte, c byte) int

func IndexRune(s []byte, r rune) int

func IndexAny(s []byte, chars string) int

func LastIndexAny(s []byte, chars string) int

func genSplit(s, sep []byte, sepSave, n int) [][]byte

func SplitN(s, sep []byte, n int) [][]byte

func SplitAfterN(s, sep []byte, n int) [][]byte

func Split(s, sep []byte) [][]byte

func SplitAfter(s, sep []byte) [][]byte

var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

func Fields(s []byte) [][]byte

func FieldsFunc(s []byte, f func(rune) bool) [][]byte

func Join(s [][]byte, sep []byte) []byte

func HasPrefix(s, prefix []byte) bool

func HasSuffix(s, suffix []byte) bool

func Map(mapping func(r rune) rune, s []byte) []byte

func Repeat(b []byte, count int) []byte

func ToUpper(s []byte) []byte

func ToLower(s []byte) []byte

func ToTitle(s []byte) []byte

func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte

func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte

func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte

func ToValidUTF8(s, replacement []byte) []byte

func isSeparator(r rune) bool

func Title(s []byte) []byte

func TrimLeftFunc(s []byte, f func(r rune) bool) []byte

func TrimRightFunc(s []byte, f func(r rune) bool) []byte

func TrimFunc(s []byte, f func(r rune) bool) []byte

func TrimPrefix(s, prefix []byte) []byte

func TrimSuffix(s, suffix []byte) []byte

func IndexFunc(s []byte, f func(r rune) bool) int

func LastIndexFunc(s []byte, f func(r rune) bool) int

func indexFunc(s []byte, f func(r rune) bool, truth bool) int

func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int

type asciiSet [8]uint32

func makeASCIISet(chars string) (as asciiSet, ok bool)

func (as *asciiSet) contains(c byte) bool

func containsRune(s string, r rune) bool

func Trim(s []byte, cutset string) []byte

func TrimLeft(s []byte, cutset string) []byte

func trimLeftByte(s []byte, c byte) []byte

func trimLeftASCII(s []byte, as *asciiSet) []byte

func trimLeftUnicode(s []byte, cutset string) []byte

func TrimRight(s []byte, cutset string) []byte

func trimRightByte(s []byte, c byte) []byte

func trimRightASCII(s []byte, as *asciiSet) []byte

func trimRightUnicode(s []byte, cutset string) []byte

func TrimSpace(s []byte) []byte

func Runes(s []byte) []rune

func Replace(s, old, new []byte, n int) []byte

func ReplaceAll(s, old, new []byte) []byte

func EqualFold(s, t []byte) bool

func Index(s, sep []byte) int

func Cut(s, sep []byte) (before, after []byte, found bool)

func Clone(b []byte) []byte

func CutPrefix(s, prefix []byte) (after []byte, found bool)

func CutSuffix(s, suffix []byte) (before []byte, found bool)
