package json

import (
	"strings"
)

type tagOptions string

func parseTag(tag string) (string, tagOptions)

func (o tagOptions) Contains(optionName string) bool
