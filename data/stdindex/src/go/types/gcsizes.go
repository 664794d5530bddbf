package types

type gcSizes struct {
	WordSize int64 
	MaxAlign int64 
}

func (s *gcSizes) Alignof(T Type) (result int64)

func (s *gcSizes) Offsetsof(fields []*Var) []int64

func (s *gcSizes) Sizeof(T Type) int64

func gcSizesFor(compiler, arch string) *gcSizes
