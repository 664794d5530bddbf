package os

func Executable() (string, error)
