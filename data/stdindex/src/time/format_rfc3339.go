package time

import "errors"

func (t Time) appendFormatRFC3339(b []byte, nanos bool) []byte

func (t Time) appendStrictRFC3339(b []byte) ([]byte, error)

func parseRFC3339[bytes []byte | string](s bytes, local *Location) (Time, bool)

func parseStrictRFC3339(b []byte) (Time, error)
