package types

import (
	"fmt"
	"go/version"
	"internal/goversion"
)

type goVersion string

func asGoVersion(v string) goVersion

func (v goVersion) isValid() bool

func (x goVersion) cmp(y goVersion) int

var (
	go1_9  = asGoVersion("go1.9")
	go1_13 = asGoVersion("go1.13")
	go1_14 = asGoVersion("go1.14")
	go1_17 = asGoVersion("go1.17")
	go1_18 = asGoVersion("go1.18")
	go1_20 = asGoVersion("go1.20")
	go1_21 = asGoVersion("go1.21")
	go1_22 = asGoVersion("go1.22")
	go1_23 = asGoVersion("go1.23")
	go1_26 = asGoVersion("go1.26")
	go_current = asGoVersion(fmt.Sprintf("go1.%d", goversion.Version))
)

func (check *Checker) allowVersion(want goVersion) bool

func (check *Checker) verifyVersionf(at positioner, v goVersion, format string, args ...any) bool
