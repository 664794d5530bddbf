package bytes

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

func Lines(s []byte) iter.Seq[[]byte]

func splitSeq(s, sep []byte, sepSave int) iter.Seq[[]byte]

func SplitSeq(s, sep []byte) iter.Seq[[]byte]

func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte]

func FieldsSeq(s []byte) iter.Seq[[]byte]

func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte]
