package net

import "syscall"

func isConnError(err error) bool
