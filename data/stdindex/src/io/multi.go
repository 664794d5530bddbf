package io

type eofReader struct{}

func (eofReader) Read([]byte) (int, error)

type multiReader struct {
	readers []Reader
}

func (mr *multiReader) Read(p []byte) (n int, err error)

func (mr *multiReader) WriteTo(w Writer) (sum int64, err error)

func (mr *multiReader) writeToWithBuffer(w Writer, buf []byte) (sum int64, err error)

var _ WriterTo = (*multiReader)(nil)

func MultiReader(readers ...Reader) Reader

type multiWriter struct {
	writers []Writer
}

func (t *multiWriter) Write(p []byte) (n int, err error)

var _ StringWriter = (*multiWriter)(nil)

func (t *multiWriter) WriteString(s string) (n int, err error)

func MultiWriter(writers ...Writer) Writer
