package json

import (
	"unicode"
	"unicode/utf8"
)

func foldName(in []byte) []byte

func appendFoldedName(out, in []byte) []byte

func foldRune(r rune) rune
