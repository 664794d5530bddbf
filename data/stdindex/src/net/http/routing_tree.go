package http

import (
	"strings"
)

type routingNode struct {
	pattern *pattern
	handler Handler
	children   mapping[string, *routingNode]
	multiChild *routingNode 
	emptyChild *routingNode 
}

func (root *routingNode) addPattern(p *pattern, h Handler)

func (n *routingNode) addSegments(segs []segment, p *pattern, h Handler)

func (n *routingNode) set(p *pattern, h Handler)

func (n *routingNode) addChild(key string) *routingNode

func (n *routingNode) findChild(key string) *routingNode

func (root *routingNode) match(host, method, path string) (*routingNode, []string)

func (n *routingNode) matchMethodAndPath(method, path string) (*routingNode, []string)

func (n *routingNode) matchPath(path string, matches []string) (*routingNode, []string)

func firstSegment(path string) (seg, rest string)

func (root *routingNode) matchingMethods(host, path string, methodSet map[string]bool)

func (n *routingNode) matchingMethodsPath(path string, set map[string]bool)
