package types

import "strings"

type termlist []*term

var allTermlist = termlist{new(term)}

const termSep = " | "

func (xl termlist) String() string

func (xl termlist) isEmpty() bool

func (xl termlist) isAll() bool

func (xl termlist) norm() termlist

func (xl termlist) union(yl termlist) termlist

func (xl termlist) intersect(yl termlist) termlist

func (xl termlist) equal(yl termlist) bool

func (xl termlist) includes(t Type) bool

func (xl termlist) supersetOf(y *term) bool

func (xl termlist) subsetOf(yl termlist) bool
