package regexp

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

type onePassProg struct {
	Inst   []onePassInst
	Start  int 
	NumCap int 
}

type onePassInst struct {
	syntax.Inst
	Next []uint32
}

func onePassPrefix(p *syntax.Prog) (prefix string, complete bool, pc uint32)

func onePassNext(i *onePassInst, r rune) uint32

func iop(i *syntax.Inst) syntax.InstOp

type queueOnePass struct {
	sparse          []uint32
	dense           []uint32
	size, nextIndex uint32
}

func (q *queueOnePass) empty() bool

func (q *queueOnePass) next() (n uint32)

func (q *queueOnePass) clear()

func (q *queueOnePass) contains(u uint32) bool

func (q *queueOnePass) insert(u uint32)

func (q *queueOnePass) insertNew(u uint32)

func newQueue(size int) (q *queueOnePass)

const mergeFailed = uint32(0xffffffff)

var (
	noRune = []rune{}
	noNext = []uint32{mergeFailed}
)

func mergeRuneSets(leftRunes, rightRunes *[]rune, leftPC, rightPC uint32) ([]rune, []uint32)

func cleanupOnePass(prog *onePassProg, original *syntax.Prog)

func onePassCopy(prog *syntax.Prog) *onePassProg

var anyRuneNotNL = []rune{0, '\n' - 1, '\n' + 1, unicode.MaxRune}

var anyRune = []rune{0, unicode.MaxRune}

func makeOnePass(p *onePassProg) *onePassProg

func compileOnePass(prog *syntax.Prog) (p *onePassProg)
