package types

type Sizes interface {
	Alignof(T Type) int64
	Offsetsof(fields []*Var) []int64
	Sizeof(T Type) int64
}

type StdSizes struct {
	WordSize int64 
	MaxAlign int64 
}

func (s *StdSizes) Alignof(T Type) (result int64)

func _IsSyncAtomicAlign64(T Type) bool

func (s *StdSizes) Offsetsof(fields []*Var) []int64

var basicSizes = [...]byte{
	Bool:       1,
	Int8:       1,
	Int16:      2,
	Int32:      4,
	Int64:      8,
	Uint8:      1,
	Uint16:     2,
	Uint32:     4,
	Uint64:     8,
	Float32:    4,
	Float64:    8,
	Complex64:  8,
	Complex128: 16,
}

func (s *StdSizes) Sizeof(T Type) int64

var gcArchSizes = map[string]*gcSizes{
	"386":      {4, 4},
	"amd64":    {8, 8},
	"amd64p32": {4, 8},
	"arm":      {4, 4},
	"arm64":    {8, 8},
	"loong64":  {8, 8},
	"mips":     {4, 4},
	"mipsle":   {4, 4},
	"mips64":   {8, 8},
	"mips64le": {8, 8},
	"ppc64":    {8, 8},
	"ppc64le":  {8, 8},
	"riscv64":  {8, 8},
	"s390x":    {8, 8},
	"sparc64":  {8, 8},
	"wasm":     {8, 8},
}

func SizesFor(compiler, arch string) Sizes

var stdSizes = SizesFor("gc", "amd64")

func (conf *Config) alignof(T Type) int64

func (conf *Config) offsetsof(T *Struct) []int64

func (conf *Config) offsetof(T Type, index []int) int64

func (conf *Config) sizeof(T Type) int64

func align(x, a int64) int64
