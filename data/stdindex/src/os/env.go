package os

import (
	"internal/testlog"
	"syscall"
)

func Expand(s string, mapping func(string) string) string

func ExpandEnv(s string) string

func isShellSpecialVar(c uint8) bool

func isAlphaNum(c uint8) bool

func getShellName(s string) (string, int)

func Getenv(key string) string

func LookupEnv(key string) (string, bool)

func Setenv(key, value string) error

func Unsetenv(key string) error

func Clearenv()

func Environ() []string
