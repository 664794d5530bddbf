package os

func newDirFile(fd int, name string) (*File, error)
