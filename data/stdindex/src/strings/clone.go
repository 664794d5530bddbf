package strings

import (
	"internal/stringslite"
)

func Clone(s string) string
