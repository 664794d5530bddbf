package fs

type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

func Stat(fsys FS, name string) (FileInfo, error)
