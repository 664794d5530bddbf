package os

func Hostname() (name string, err error)
