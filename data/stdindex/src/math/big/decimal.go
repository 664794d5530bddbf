package big

type decimal struct {
	mant []byte 
	exp  int    
}

func (d *decimal) at(i int) byte

const maxShift = _W - 4

func (x *decimal) init(m nat, shift int)

func rsh(x *decimal, s uint)

func (x *decimal) String() string

func appendZeros(buf []byte, n int) []byte

func shouldRoundUp(x *decimal, n int) bool

func (x *decimal) round(n int)

func (x *decimal) roundUp(n int)

func (x *decimal) roundDown(n int)

func trim(x *decimal)
