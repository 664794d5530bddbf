package net

import (
	"errors"
	"internal/bytealg"
	"os"
	"sync"
	"time"
)

const (
	nssConfigPath = "/etc/nsswitch.conf"
)

var nssConfig nsswitchConfig

type nsswitchConfig struct {
	initOnce sync.Once 
	ch          chan struct{} 
	lastChecked time.Time     
	mu      sync.Mutex 
	nssConf *nssConf
}

func getSystemNSS() *nssConf

func (conf *nsswitchConfig) init()

func (conf *nsswitchConfig) tryUpdate()

func (conf *nsswitchConfig) acquireSema()

func (conf *nsswitchConfig) tryAcquireSema() bool

func (conf *nsswitchConfig) releaseSema()

type nssConf struct {
	mtime   time.Time              
	err     error                  
	sources map[string][]nssSource 
}

type nssSource struct {
	source   string 
	criteria []nssCriterion
}

func (s nssSource) standardCriteria() bool

type nssCriterion struct {
	negate bool   
	status string 
	action string 
}

func (c nssCriterion) standardStatusAction(last bool) bool

func parseNSSConfFile(file string) *nssConf

func parseNSSConf(f *file) *nssConf

func parseCriteria(x string) (c []nssCriterion, err error)
