package http

import (
	"mime/multipart"
	"net/textproto"
	"net/url"
	_ "unsafe" 
)

func cloneURLValues(v url.Values) url.Values

func cloneURL(u *url.URL) *url.URL

func cloneMultipartForm(f *multipart.Form) *multipart.Form

func cloneMultipartFileHeader(fh *multipart.FileHeader) *multipart.FileHeader

func cloneOrMakeHeader(hdr Header) Header
