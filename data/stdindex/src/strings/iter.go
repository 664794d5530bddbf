package strings

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

func Lines(s string) iter.Seq[string]

func splitSeq(s, sep string, sepSave int) iter.Seq[string]

func SplitSeq(s, sep string) iter.Seq[string]

func SplitAfterSeq(s, sep string) iter.Seq[string]

func FieldsSeq(s string) iter.Seq[string]

func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string]
