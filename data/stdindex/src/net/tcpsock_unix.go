package net

import "syscall"

func (c *TCPConn) SetKeepAliveConfig(config KeepAliveConfig) error
