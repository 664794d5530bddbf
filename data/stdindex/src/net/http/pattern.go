package http

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"
)

type pattern struct {
	str    string 
	method string
	host   string
	segments []segment
	loc      string 
}

func (p *pattern) String() string

func (p *pattern) lastSegment() segment

type segment struct {
	s     string 
	wild  bool
	multi bool 
}

func parsePattern(s string) (_ *pattern, err error)

func isValidWildcardName(s string) bool

func pathUnescape(path string) string

type relationship string

const (
	equivalent   relationship = "equivalent"   
	moreGeneral  relationship = "moreGeneral"  
	moreSpecific relationship = "moreSpecific" 
	disjoint     relationship = "disjoint"     
	overlaps     relationship = "overlaps"     
)

func (p1 *pattern) conflictsWith(p2 *pattern) bool

func (p1 *pattern) comparePathsAndMethods(p2 *pattern) relationship

func (p1 *pattern) compareMethods(p2 *pattern) relationship

func (p1 *pattern) comparePaths(p2 *pattern) relationship

func compareSegments(s1, s2 segment) relationship

func combineRelationships(r1, r2 relationship) relationship

func inverseRelationship(r relationship) relationship

func describeConflict(p1, p2 *pattern) string

func writeMatchingPath(b *strings.Builder, segs []segment)

func writeSegment(b *strings.Builder, s segment)

func commonPath(p1, p2 *pattern) string

func differencePath(p1, p2 *pattern) string
