package http

import _ "unsafe"

func badRoundTrip(*Transport, *Request) (*Response, error)

func (t *Transport) RoundTrip(req *Request) (*Response, error)
