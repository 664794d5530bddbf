package json

import (
	"strconv"
	"sync"
)

func Valid(data []byte) bool

func checkValid(data []byte, scan *scanner) error

type SyntaxError struct {
	msg    string 
	Offset int64  
}

func (e *SyntaxError) Error() string

type scanner struct {
	step func(*scanner, byte) int
	endTop bool
	parseState []int
	err error
	bytes int64
}

var scannerPool = sync.Pool{
	New: func() any {
		return &scanner{}
	},
}

func newScanner() *scanner

func freeScanner(scan *scanner)

const (
	scanContinue     = iota 
	scanBeginLiteral        
	scanBeginObject         
	scanObjectKey           
	scanObjectValue         
	scanEndObject           
	scanBeginArray          
	scanArrayValue          
	scanEndArray            
	scanSkipSpace           
	scanEnd   
	scanError 
)

const (
	parseObjectKey   = iota 
	parseObjectValue        
	parseArrayValue         
)

const maxNestingDepth = 10000

func (s *scanner) reset()

func (s *scanner) eof() int

func (s *scanner) pushParseState(c byte, newParseState int, successState int) int

func (s *scanner) popParseState()

func isSpace(c byte) bool

func stateBeginValueOrEmpty(s *scanner, c byte) int

func stateBeginValue(s *scanner, c byte) int

func stateBeginStringOrEmpty(s *scanner, c byte) int

func stateBeginString(s *scanner, c byte) int

func stateEndValue(s *scanner, c byte) int

func stateEndTop(s *scanner, c byte) int

func stateInString(s *scanner, c byte) int

func stateInStringEsc(s *scanner, c byte) int

func stateInStringEscU(s *scanner, c byte) int

func stateInStringEscU1(s *scanner, c byte) int

func stateInStringEscU12(s *scanner, c byte) int

func stateInStringEscU123(s *scanner, c byte) int

func stateNeg(s *scanner, c byte) int

func state1(s *scanner, c byte) int

func state0(s *scanner, c byte) int

func stateDot(s *scanner, c byte) int

func stateDot0(s *scanner, c byte) int

func stateE(s *scanner, c byte) int

func stateESign(s *scanner, c byte) int

func stateE0(s *scanner, c byte) int

func stateT(s *scanner, c byte) int

func stateTr(s *scanner, c byte) int

func stateTru(s *scanner, c byte) int

func stateF(s *scanner, c byte) int

func stateFa(s *scanner, c byte) int

func stateFal(s *scanner, c byte) int

func stateFals(s *scanner, c byte) int

func stateN(s *scanner, c byte) int

func stateNu(s *scanner, c byte) int

func stateNul(s *scanner, c byte) int

func stateError(s *scanner, c byte) int

func (s *scanner) error(c byte, context string) int

func quoteChar(c byte) string
