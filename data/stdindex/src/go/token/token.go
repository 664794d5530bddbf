package token

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

type Token int

const (
	ILLEGAL Token = iota
	EOF
	COMMENT
	literal_beg
	IDENT  
	INT    
	FLOAT  
	IMAG   
	CHAR   
	STRING 
	literal_end
	operator_beg
	ADD 
	SUB 
	MUL 
	QUO 
	REM 
	AND     
	OR      
	XOR     
	SHL     
	SHR     
	AND_NOT 
	ADD_ASSIGN 
	SUB_ASSIGN 
	MUL_ASSIGN 
	QUO_ASSIGN 
	REM_ASSIGN 
	AND_ASSIGN     
	OR_ASSIGN      
	XOR_ASSIGN     
	SHL_ASSIGN     
	SHR_ASSIGN     
	AND_NOT_ASSIGN 
	LAND  
	LOR   
	ARROW 
	INC   
	DEC   
	EQL    
	LSS    
	GTR    
	ASSIGN 
	NOT    
	NEQ      
	LEQ      
	GEQ      
	DEFINE   
	ELLIPSIS 
	LPAREN 
	LBRACK 
	LBRACE 
	COMMA  
	PERIOD 
	RPAREN    
	RBRACK    
	RBRACE    
	SEMICOLON 
	COLON     
	operator_end
	keyword_beg
	BREAK
	CASE
	CHAN
	CONST
	CONTINUE
	DEFAULT
	DEFER
	ELSE
	FALLTHROUGH
	FOR
	FUNC
	GO
	GOTO
	IF
	IMPORT
	INTERFACE
	MAP
	PACKAGE
	RANGE
	RETURN
	SELECT
	STRUCT
	SWITCH
	TYPE
	VAR
	keyword_end
	additional_beg
	TILDE
	additional_end
)

var tokens = [...]string{
	ILLEGAL: "ILLEGAL",
	EOF:     "EOF",
	COMMENT: "COMMENT",
	IDENT:  "IDENT",
	INT:    "INT",
	FLOAT:  "FLOAT",
	IMAG:   "IMAG",
	CHAR:   "CHAR",
	STRING: "STRING",
	ADD: "+",
	SUB: "-",
	MUL: "*",
	QUO: "/",
	REM: "%",
	AND:     "&",
	OR:      "|",
	XOR:     "^",
	SHL:     "<<",
	SHR:     ">>",
	AND_NOT: "&^",
	ADD_ASSIGN: "+=",
	SUB_ASSIGN: "-=",
	MUL_ASSIGN: "*=",
	QUO_ASSIGN: "/=",
	REM_ASSIGN: "%=",
	AND_ASSIGN:     "&=",
	OR_ASSIGN:      "|=",
	XOR_ASSIGN:     "^=",
	SHL_ASSIGN:     "<<=",
	SHR_ASSIGN:     ">>=",
	AND_NOT_ASSIGN: "&^=",
	LAND:  "&&",
	LOR:   "||",
	ARROW: "<-",
	INC:   "++",
	DEC:   "--",
	EQL:    "==",
	LSS:    "<",
	GTR:    ">",
	ASSIGN: "=",
	NOT:    "!",
	NEQ:      "!=",
	LEQ:      "<=",
	GEQ:      ">=",
	DEFINE:   ":=",
	ELLIPSIS: "...",
	LPAREN: "(",
	LBRACK: "[",
	LBRACE: "{",
	COMMA:  ",",
	PERIOD: ".",
	RPAREN:    ")",
	RBRACK:    "]",
	RBRACE:    "}",
	SEMICOLON: ";",
	COLON:     ":",
	BREAK:    "break",
	CASE:     "case",
	CHAN:     "chan",
	CONST:    "const",
	CONTINUE: "continue",
	DEFAULT:     "default",
	DEFER:       "defer",
	ELSE:        "else",
	FALLTHROUGH: "fallthrough",
	FOR:         "for",
	FUNC:   "func",
	GO:     "go",
	GOTO:   "goto",
	IF:     "if",
	IMPORT: "import",
	INTERFACE: "interface",
	MAP:       "map",
	PACKAGE:   "package",
	RANGE:     "range",
	RETURN:    "return",
	SELECT: "select",
	STRUCT: "struct",
	SWITCH: "switch",
	TYPE:   "type",
	VAR:    "var",
	TILDE: "~",
}

func (tok Token) String() string

const (
	LowestPrec  = 0 
	UnaryPrec   = 6
	HighestPrec = 7
)

func (op Token) Precedence() int

var keywords map[string]Token

func init()

func Lookup(ident string) Token

func (tok Token) IsLiteral() bool

func (tok Token) IsOperator() bool

func (tok Token) IsKeyword() bool

func IsExported(name string) bool

func IsKeyword(name string) bool

func IsIdentifier(name string) bool
