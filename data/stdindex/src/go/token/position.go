package token

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
)

const debug = false

type Position struct {
	Filename string 
	Offset   int    
	Line     int    
	Column   int    
}

func (pos *Position) IsValid() bool

func (pos Position) String() string

type Pos int

const NoPos Pos = 0

func (p Pos) IsValid() bool

type File struct {
	name string 
	base int    
	size int    
	mutex sync.Mutex
	lines []int 
	infos []lineInfo
}

func (f *File) Name() string

func (f *File) Base() int

func (f *File) Size() int

func (f *File) End() Pos

func (f *File) LineCount() int

func (f *File) AddLine(offset int)

func (f *File) MergeLine(line int)

func (f *File) Lines() []int

func (f *File) SetLines(lines []int) bool

func (f *File) SetLinesForContent(content []byte)

func (f *File) LineStart(line int) Pos

type lineInfo struct {
	Offset       int
	Filename     string
	Line, Column int
}

func (f *File) AddLineInfo(offset int, filename string, line int)

func (f *File) AddLineColumnInfo(offset int, filename string, line, column int)

func (f *File) fixOffset(offset int) int

func (f *File) Pos(offset int) Pos

func (f *File) Offset(p Pos) int

func (f *File) Line(p Pos) int

func searchLineInfos(a []lineInfo, x int) int

func (f *File) unpack(offset int, adjusted bool) (filename string, line, column int)

func (f *File) position(p Pos, adjusted bool) (pos Position)

func (f *File) PositionFor(p Pos, adjusted bool) (pos Position)

func (f *File) Position(p Pos) (pos Position)

type FileSet struct {
	mutex sync.RWMutex         
	base  int                  
	tree  tree                 
	last  atomic.Pointer[File] 
}

func NewFileSet() *FileSet

func (s *FileSet) Base() int

func (s *FileSet) AddFile(filename string, base, size int) *File

func (s *FileSet) AddExistingFiles(files ...*File)

func (s *FileSet) RemoveFile(file *File)

func (s *FileSet) Iterate(yield func(*File) bool)

func (s *FileSet) file(p Pos) *File

func (s *FileSet) File(p Pos) (f *File)

func (s *FileSet) PositionFor(p Pos, adjusted bool) (pos Position)

func (s *FileSet) Position(p Pos) (pos Position)

func searchInts(a []int, x int) int
