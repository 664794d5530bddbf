package http

import (
	"reflect"
)

func (e http2StreamError) As(target any) bool
