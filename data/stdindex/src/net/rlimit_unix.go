package net

import "syscall"

func concurrentThreadsLimit() int
