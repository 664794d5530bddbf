package json

import "bytes"

func HTMLEscape(dst *bytes.Buffer, src []byte)

func appendHTMLEscape(dst, src []byte) []byte

func Compact(dst *bytes.Buffer, src []byte) error

func appendCompact(dst, src []byte, escape bool) ([]byte, error)

func appendNewline(dst []byte, prefix, indent string, depth int) []byte

const indentGrowthFactor = 2

func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error

func appendIndent(dst, src []byte, prefix, indent string) ([]byte, error)
