package http

import "math"

type routingIndex struct {
	segments map[routingIndexKey][]*pattern
	multis []*pattern
}

type routingIndexKey struct {
	pos int    
	s   string 
}

func (idx *routingIndex) addPattern(pat *pattern)

func (idx *routingIndex) possiblyConflictingPatterns(pat *pattern, f func(*pattern) error) (err error)
