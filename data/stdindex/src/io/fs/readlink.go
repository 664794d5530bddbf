package fs

type ReadLinkFS interface {
	FS
	ReadLink(name string) (string, error)
	Lstat(name string) (FileInfo, error)
}

func ReadLink(fsys FS, name string) (string, error)

func Lstat(fsys FS, name string) (FileInfo, error)
