package multipart

import (
	"net/textproto"
	_ "unsafe" 
)

func readMIMEHeader(r *textproto.Reader, maxMemory, maxHeaders int64) (textproto.MIMEHeader, error)
