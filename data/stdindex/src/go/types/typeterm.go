package types

type term struct {
	tilde bool 
	typ   Type
}

func (x *term) String() string

func (x *term) equal(y *term) bool

func (x *term) union(y *term) (_, _ *term)

func (x *term) intersect(y *term) *term

func (x *term) includes(t Type) bool

func (x *term) subsetOf(y *term) bool

func (x *term) disjoint(y *term) bool
